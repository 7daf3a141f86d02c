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

class InverseProblemCliTest {

    private static final String GOLDEN = "src/test/resources/golden/";

    @TempDir
    Path tmp;

    private static FloatImage read(Path file) {
        return ImagePlusConverter.toFloatImage(IJ.openImage(file.toString()));
    }

    @Test
    void radonThenFbpThenCtOfThePhantom() throws IOException {
        Path out = tmp.resolve("o");
        CliRun radon = CliRun.of("radon", GOLDEN + "phantom64.tif", "--n_angles", "45", "--out", out.toString());
        assertEquals(0, radon.status(), radon.err());
        assertFalse(radon.out().contains("note:"), "the phantom lies inside the circle: " + radon.out());
        FloatImage sinogram = read(out.resolve("phantom64-radon.tif"));
        FloatImage golden = TestImages.golden("phantom64_sinogram_45angles.tif");
        assertEquals(45, sinogram.height());
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < golden.data().length; i++) {
            diff += Math.pow(golden.data()[i] - sinogram.data()[i], 2);
            norm += Math.pow(golden.data()[i], 2);
        }
        assertTrue(Math.sqrt(diff / norm) < 1e-5);

        Path sinogramFile = out.resolve("phantom64-radon.tif");
        CliRun fbp = CliRun.of("fbp", sinogramFile.toString(), "--filter", "hann", "--out", out.toString());
        assertEquals(0, fbp.status(), fbp.err());
        assertEquals(64, read(out.resolve("phantom64-radon-fbp.tif")).width());

        CliRun ct = CliRun.of("ct", sinogramFile.toString(), "--iterations", "15", "--width", "64", "--ground_truth",
                GOLDEN + "phantom64.tif", "--out", out.toString());
        assertEquals(0, ct.status(), ct.err());
        assertEquals(64, read(out.resolve("phantom64-radon-ct.tif")).height());
        String json = Files.readString(out.resolve("metrics.json"));
        assertTrue(json.contains("\"fbp_psnr\"") && json.contains("\"n_angles\": 45") && json.contains("\"psnr\""), json);
    }

    @Test
    void radonSaysWhenTheImageHoldsMoreThanItsInscribedCircle() {
        CliRun radon = CliRun.of("radon", "test-images/camera_256.png", "--n_angles", "4", "--out",
                tmp.resolve("c").toString());
        assertEquals(0, radon.status(), radon.err());
        assertTrue(radon.out().contains("note: the image is not zero outside its inscribed circle"), radon.out());
    }

    @Test
    void superResolutionWritesTheLargerImageAndBicubicMetrics() throws IOException {
        Path out = tmp.resolve("sr");
        ImagePlus small = TestImages.open("camera_256.png");
        small.setProcessor(small.getProcessor().resize(32, 32));
        Path low = tmp.resolve("low.tif");
        IJ.saveAsTiff(small, low.toString());
        CliRun r = CliRun.of("superres", low.toString(), "--scale", "2", "--iterations", "10", "--width", "32", "--ground_truth",
                low.toString(), "--out", out.toString());
        assertEquals(2, r.status(), "a ground truth of the input's size is refused");
        assertTrue(r.err().contains("ground truth must be 2 × the input's size"), r.err());

        CliRun ok = CliRun.of("superres", low.toString(), "--scale", "2", "--iterations", "10", "--width", "32", "--out",
                out.toString());
        assertEquals(0, ok.status(), ok.err());
        FloatImage result = read(out.resolve("low-superres.tif"));
        assertEquals(64, result.width());
        assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"scale\": 2"));
    }

    @Test
    void badInverseProblemInputsAreOneLineErrorsAndWriteNothing() {
        Path out = tmp.resolve("bad");
        String sinogram = GOLDEN + "phantom64_sinogram_45angles.tif";
        String[][] cases = {
            {"superres", "test-images/camera_256.png", "--scale", "1"},
            {"superres", "test-images/camera_256.png", "--scale", "2.5"},
            {"ct", sinogram, "--angle_list", "0,10,20"},
            {"ct", sinogram, "--ground_truth", GOLDEN + "phantom128.tif"},
            {"fbp", sinogram, "--filter", "gauss"},
            {"radon", "test-images/cell.png"},
            {"ct", sinogram, "--tv_weight", "-1"},
            {"superres", "test-images/camera_256.png", "--tv_weight", "some"},
            {"ct", sinogram, "--tv_weight", "auto", "--angle_list", "0"}};
        String[] messages = {"--scale must be an integer of at least 2", "--scale must be an integer of at least 2",
            "--angle_list lists 3 angles but the sinogram has 45 rows", "the ground truth must be n × n grayscale",
            "unknown filter 'gauss'", "radon needs a square grayscale image",
            "--tv_weight must be auto or a non-negative number, got '-1'",
            "--tv_weight must be auto or a non-negative number, got 'some'",
            "--angle_list lists 1 angles but the sinogram has 45 rows"};
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
    }
}
