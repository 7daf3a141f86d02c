package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.io.ModelFile;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.ImageFiles;

/** Runs a fitting command's task once and writes its reconstruction and metrics. */
final class TaskOutput {

    /** Binds a task to its input file and the command's options. */
    interface Preparation {
        TaskRun prepare(CommandLine cl, Path input);
    }

    static final Option OUT = new Option("out", ".", "output folder (created if missing)");
    static final Option MODEL_FILE = new Option("model_file", null,
            "also save the fitted model to this file (.inr), to render later with ./inr render");

    private TaskOutput() {
    }

    /** The model file to write (checked to be writable), or null when the option is not given. */
    static Path modelFile(CommandLine cl) {
        if (!cl.has(MODEL_FILE.key())) {
            return null;
        }
        Path file = cl.path(MODEL_FILE.key());
        ModelFile.requireWritable(file);
        return file;
    }

    /** Parses args, runs the task on the one positional input with the engine options, writes the results. */
    static int runTask(CommandLine cl, String[] args, PrintStream out, String inputName, Preparation preparation)
            throws IOException {
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals(inputName).get(0));
        TaskRun task = preparation.prepare(cl, input);
        ResultWriter writer = new ResultWriter(cl.path("out"));
        Path modelFile = modelFile(cl);
        TaskResult result = task.run(EngineOptions.settings(cl), new ConsoleProgress(out), new Cancellation());
        return write(result, writer, ImageFiles.baseName(input), modelFile, out);
    }

    /** Writes the reconstruction, metrics.json and, when {@code modelFile} is not null, the model. */
    static int write(TaskResult result, ResultWriter writer, String inputName, Path modelFile, PrintStream out)
            throws IOException {
        Path tif = writer.image(result.reconstruction(), inputName + "-" + result.task(), result.model().voxelSize());
        Path json = writer.metrics(result.metrics());
        if (modelFile != null) {
            ModelFile.write(modelFile, result.model(), result.metrics());
            out.println("wrote model " + modelFile);
        }
        String quality = result.quality() == null ? ""
                : String.format(": PSNR %.2f dB, SSIM %.4f", result.quality().psnr(), result.quality().ssim());
        out.printf("%s%s, %.3f s/iteration%n", result.fit().message(), quality, result.fit().secondsPerIteration());
        out.println("wrote " + tif + " and " + json);
        return 0;
    }
}
