package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluinr.core.image.FloatImage;
import org.reluinr.imagej.ImagePlusConverter;
import org.reluinr.testing.TestImages;

/** {@code recon} and {@code upscale}: every method writes its image and metrics; bad input is a one-line error. */
class ClassicalCliTest {

    private static final String GOLDEN = "src/test/resources/golden/";
    private static final String SINOGRAM = GOLDEN + "phantom64_sinogram_45angles.tif";

    @TempDir
    Path tmp;

    private static FloatImage read(Path file) {
        return ImagePlusConverter.toFloatImage(IJ.openImage(file.toString()));
    }

    @Test
    void reconstructsThePhantomWithEveryMethod() throws IOException {
        Path out = tmp.resolve("ct");
        for (String method : new String[] {"fbp", "cgls", "sirt", "nnls", "tv"}) {
            CliRun r = CliRun.of("recon", SINOGRAM, "--method", method, "--iterations", "10", "--tv_weight",
                    method.equals("tv") ? "auto" : "0", "--ground_truth", GOLDEN + "phantom64.tif", "--out",
                    out.toString());
            assertEquals(0, r.status(), r.err());
            assertEquals(64, read(out.resolve("phantom64_sinogram_45angles-" + method + ".tif")).width());
            String json = Files.readString(out.resolve("metrics.json"));
            assertTrue(json.contains("\"method\": \"" + method + "\"") && json.contains("\"psnr\""), json);
        }
        assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"held_out_errors\""));
    }

    @Test
    void upscalesWithEveryMethod() throws IOException {
        ImagePlus small = TestImages.open("camera_256.png");
        small.setProcessor(small.getProcessor().resize(24, 24));
        Path low = tmp.resolve("low.tif");
        IJ.saveAsTiff(small, low.toString());
        Path out = tmp.resolve("sr");
        for (String method : new String[] {"bicubic", "cubic", "ibp", "ibp_directional", "tv", "tv_ibp"}) {
            CliRun r = CliRun.of("upscale", low.toString(), "--scale", "2", "--method", method, "--iterations", "10",
                    "--out", out.toString());
            assertEquals(0, r.status(), r.err());
            assertEquals(48, read(out.resolve("low-" + method + ".tif")).height());
        }
        String metrics = Files.readString(out.resolve("metrics.json"));
        assertTrue(metrics.contains("\"tv_share\"") && metrics.contains("\"ibp_start\""), metrics);
    }

    @Test
    void badInputIsAOneLineErrorAndWritesNothing() {
        Path out = tmp.resolve("bad");
        String[][] cases = {
            {"recon", SINOGRAM, "--method", "art"},
            {"recon", SINOGRAM, "--tv_weight", "-1"},
            {"recon", SINOGRAM, "--iterations", "0", "--method", "cgls"},
            {"recon", SINOGRAM, "--ground_truth", GOLDEN + "phantom128.tif"},
            {"upscale", "test-images/camera_256.png", "--scale", "1"},
            {"upscale", "test-images/camera_256.png", "--method", "lanczos"},
            {"upscale", "test-images/camera_256.png", "--method", "tv_ibp", "--tv_weight", "0.1"},
            {"upscale", "test-images/camera_256.png", "--method", "ibp_directional", "--scale", "3"}};
        String[] messages = {"unknown --method 'art'", "--tv_weight must be auto or a non-negative number",
            "--iterations must be at least 1", "the ground truth must be n × n grayscale",
            "--scale must be an integer of at least 2", "unknown --method 'lanczos'",
            "--method tv_ibp chooses its TV weight on held-out pixels",
            "--method ibp_directional takes a scale that is a power of two"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = java.util.Arrays.copyOf(cases[i], cases[i].length + 2);
            args[args.length - 2] = "--out";
            args[args.length - 1] = out.toString();
            CliRun r = CliRun.of(args);
            assertEquals(2, r.status(), String.join(" ", cases[i]));
            assertTrue(r.err().startsWith("error: ") && r.err().contains(messages[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out));
        }
        assertTrue(CliRun.of("recon", "--help").out().contains("--tv_weight"));
        assertTrue(CliRun.of("--help").out().contains("upscale IMAGE"));
    }
}
