package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.ImageFiles;

/** {@code ./inr fit IMAGE}: fit a BW-ReLU INR to an image and write the reconstruction and metrics. */
final class FitCli {

    static final String NAME = "fit";

    private FitCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "IMAGE [options]",
                "Fits a BW-ReLU implicit neural representation to IMAGE (TIFF, PNG, JPEG; 8/16/32-bit or RGB)\n"
                        + "and writes OUT/<name>-fit.tif (32-bit, input intensity range) and OUT/metrics.json.",
                EngineOptions.with(FitSettings.builder().build(),
                        TaskOutput.OUT, TaskOutput.MODEL_FILE));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("IMAGE").get(0));
        return fitAndWrite(input, EngineOptions.settings(cl), cl.path("out"), TaskOutput.modelFile(cl), out);
    }

    /** The representation task bound to the image in {@code input}. */
    static TaskRun prepare(Path input) {
        FloatImage image = InputImages.readPlane(input);
        return (settings, listener, cancellation) -> RepresentationTask.run(image, settings, listener, cancellation);
    }

    static int fitAndWrite(Path input, FitSettings settings, Path outFolder, Path modelFile, PrintStream out)
            throws IOException {
        TaskRun task = prepare(input);
        ResultWriter writer = new ResultWriter(outFolder);
        out.printf("fitting %s with %s%n", input, settings);
        TaskResult result = task.run(settings, new ConsoleProgress(out), new Cancellation());
        return TaskOutput.write(result, writer, ImageFiles.baseName(input), modelFile, out);
    }
}
