package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.Upscaling;

/** {@code ./inr superres IMAGE --scale s}: an INR whose s × s block averages match IMAGE. */
final class SuperResCli {

    static final String NAME = SuperResolutionTask.NAME;

    private SuperResCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "IMAGE --scale S [options]",
                "Super-resolution: fits an INR on a grid S times finer than IMAGE such that its S×S block averages\n"
                        + "match IMAGE; writes OUT/<name>-superres.tif and OUT/metrics.json (with --ground_truth also\n"
                        + "PSNR/SSIM of the result and of ImageJ's bicubic upscaling).",
                EngineOptions.with(SuperResolutionTask.defaults(),
                        new Option("scale", "4", "integer upscaling factor, at least 2"),
                        new Option("ground_truth", null, "the true high-resolution image, for metrics only"),
                        TaskOutput.OUT, TaskOutput.MODEL_FILE));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        return TaskOutput.runTask(commandLine(), args, out, "IMAGE", SuperResCli::prepare);
    }

    /** Super-resolution of the image in {@code input}, with bicubic metrics when a ground truth is given. */
    static TaskRun prepare(CommandLine cl, Path input) {
        int scale = scale(cl.string("scale"));
        FloatImage low = InputImages.readPlane(input);
        FloatImage truth = cl.has("ground_truth") ? InputImages.readPlane(cl.path("ground_truth")) : null;
        return (settings, listener, cancellation) -> {
            TaskResult result = SuperResolutionTask.run(low, scale, settings, truth, listener, cancellation);
            if (truth != null) {
                ImageQuality bicubic = GroundTruthQuality.of(truth, Upscaling.bicubic(low, scale));
                result.extras().put("bicubic_psnr", bicubic.psnr());
                result.extras().put("bicubic_ssim", bicubic.ssim());
            }
            return result;
        };
    }

    static int scale(String value) {
        try {
            int s = Integer.parseInt(value.trim());
            if (s >= 2) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--scale must be an integer of at least 2, got '" + value + "'");
    }
}
