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
import org.reluinr.imagej.ImagePlusConverter;

/** {@code ./inr fit IMAGE}: fit a BW-ReLU INR to an image and write the reconstruction and metrics. */
final class FitCli {

    static final String NAME = "fit";

    private FitCli() {
    }

    static final Option DIMENSIONS = new Option("dimensions", "2", "2: a single 2D image; 3: a z-stack or time series"
            + " fitted as one 3D INR (x, y, z), z scaled by the voxel depth of its calibration; with tv_weight"
            + " auto at the c, up to --c, that predicts its held-out slices best (README, \"Stacks and volumes\")");

    static CommandLine commandLine() {
        return new CommandLine(NAME, "IMAGE [options]",
                "Fits a BW-ReLU implicit neural representation to IMAGE (TIFF, PNG, JPEG; 8/16/32-bit or RGB)\n"
                        + "and writes OUT/<name>-fit.tif (32-bit, input intensity range) and OUT/metrics.json.",
                EngineOptions.with(RepresentationTask.defaults(),
                        DIMENSIONS, TaskOutput.OUT, TaskOutput.MODEL_FILE));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("IMAGE").get(0));
        return fitAndWrite(input, prepare(cl, input), EngineOptions.settings(cl), cl.path("out"),
                TaskOutput.modelFile(cl), out);
    }

    /** The representation task bound to the input: its single plane, or with --dimensions 3 all its planes. */
    static TaskRun prepare(CommandLine cl, Path input) {
        return switch (cl.integer(DIMENSIONS.key())) {
            case 2 -> prepare(input);
            case 3 -> {
                ImagePlusConverter.Volume volume = InputImages.readVolume(input);
                yield (settings, listener, cancellation) -> RepresentationTask.run(volume.image(), volume.voxelSize(),
                        settings, listener, cancellation);
            }
            default -> throw new UsageException("--dimensions must be 2 or 3, got " + cl.string(DIMENSIONS.key()));
        };
    }

    /** The representation task bound to the single-plane image in {@code input}. */
    static TaskRun prepare(Path input) {
        FloatImage image = InputImages.readPlane(input);
        return (settings, listener, cancellation) -> RepresentationTask.run(image, settings, listener, cancellation);
    }

    static int fitAndWrite(Path input, TaskRun task, FitSettings settings, Path outFolder, Path modelFile,
            PrintStream out) throws IOException {
        ResultWriter writer = new ResultWriter(outFolder);
        out.printf("fitting %s with %s%n", input, settings);
        TaskResult result = task.run(settings, new ConsoleProgress(out), new Cancellation());
        return TaskOutput.write(result, writer, ImageFiles.baseName(input), modelFile, out);
    }
}
