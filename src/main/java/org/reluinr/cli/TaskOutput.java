package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.reluinr.core.tasks.TaskResult;

/** Writes a fitting task's reconstruction and metrics, and prints the summary line. */
final class TaskOutput {

    private TaskOutput() {
    }

    static int write(TaskResult result, ResultWriter writer, String inputName, PrintStream out) throws IOException {
        Path tif = writer.image(result.reconstruction(), inputName + "-" + result.task());
        Path json = writer.metrics(result.metrics());
        String quality = result.quality() == null ? ""
                : String.format(": PSNR %.2f dB, SSIM %.4f", result.quality().psnr(), result.quality().ssim());
        out.printf("%s%s, %.3f s/iteration%n", result.fit().message(), quality, result.fit().secondsPerIteration());
        out.println("wrote " + tif + " and " + json);
        return 0;
    }
}
