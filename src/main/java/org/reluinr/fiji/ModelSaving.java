package org.reluinr.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.IJ;

import org.reluinr.core.io.ModelFile;
import org.reluinr.core.tasks.TaskResult;

/** Saves the fitted models of a run: the file given, or one file per plane of a stack. */
final class ModelSaving {

    private ModelSaving() {
    }

    /** The file for plane k (1-based) of a run of {@code planes}: name-plane&lt;k&gt;.ext when there are several. */
    static Path fileFor(Path file, int k, int planes) {
        if (planes == 1) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ModelFile.EXTENSION;
        return file.resolveSibling(base + "-plane" + k + extension);
    }

    /** Refuses, before training, a model file that could not be written (null: nothing to save). */
    static void requireWritable(Path file) {
        if (file != null) {
            ModelFile.requireWritable(file);
        }
    }

    /**
     * Writes each result's model; returns the files written. A file that cannot be written
     * is reported in the log and skipped, so the fitted images are not lost with it.
     */
    static List<Path> save(List<TaskResult> results, Path file) {
        List<Path> written = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Path target = fileFor(file, k + 1, results.size());
            try {
                ModelFile.write(target, results.get(k).model(), results.get(k).metrics());
                IJ.log("ReLU-INR: saved model " + target);
                written.add(target);
            } catch (IOException e) {
                IJ.log("ReLU-INR: the model could not be saved to " + target + ": " + e.getMessage());
            }
        }
        return written;
    }
}
