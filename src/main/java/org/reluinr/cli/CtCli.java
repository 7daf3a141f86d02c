package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.TaskRun;

/** {@code ./inr ct SINOGRAM}: an INR whose Radon transform matches the sinogram. */
final class CtCli {

    static final String NAME = CtTask.NAME;

    private CtCli() {
    }

    static CommandLine commandLine() {
        List<Option> options = EngineOptions.with(CtTask.defaults(), AngleOptions.ANGLE_RANGE, AngleOptions.ANGLE_LIST,
                new Option("ground_truth", null, "the true n×n image, for metrics only (adds FBP's for comparison)"),
                TaskOutput.OUT, TaskOutput.MODEL_FILE);
        return new CommandLine(NAME, "SINOGRAM [options]",
                "CT reconstruction: fits an INR on the n×n grid (n = detector bins = the sinogram's width) such that\n"
                        + "its parallel-beam Radon transform matches SINOGRAM (one row per angle); writes\n"
                        + "OUT/<name>-ct.tif and OUT/metrics.json.",
                options);
    }

    static int run(String[] args, PrintStream out) throws IOException {
        return TaskOutput.runTask(commandLine(), args, out, "SINOGRAM", CtCli::prepare);
    }

    /** CT reconstruction from the sinogram in {@code input}. */
    static TaskRun prepare(CommandLine cl, Path input) {
        FloatImage sinogram = InputImages.readPlane(input);
        double[] angles = AngleOptions.forRows(cl, sinogram.height());
        FloatImage truth = cl.has("ground_truth") ? InputImages.readPlane(cl.path("ground_truth")) : null;
        return (settings, listener, cancellation) -> CtTask.run(sinogram, angles, settings, truth, listener,
                cancellation);
    }
}
