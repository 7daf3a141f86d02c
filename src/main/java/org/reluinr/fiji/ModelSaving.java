package org.reluinr.fiji;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Writes each result's model; returns the files written. */
    static List<Path> save(List<TaskResult> results, Path file) {
        List<Path> written = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Path target = fileFor(file, k + 1, results.size());
            try {
                ModelFile.write(target, results.get(k).model(), results.get(k).metrics());
            } catch (IOException e) {
                throw new UncheckedIOException("the model could not be saved to " + target + ": " + e.getMessage(), e);
            }
            IJ.log("ReLU-INR: saved model " + target);
            written.add(target);
        }
        return written;
    }
}
