package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import ij.IJ;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Radon and FBP example macros, and refused CT input, through headless ImageJ 1.x. */
class CtMacroTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path tmp;

    @Test
    void radonMacroReproducesTheGoldenSinogram() throws Exception {
        Path saved = tmp.resolve("sinogram.tif");
        String out = MacroRuns.run("macros/radon_transform.ijm", GOLDEN.resolve("phantom64.tif").toString(),
                "saveAs(\"Tiff\", \"" + saved + "\");");
        assertTrue(out.contains("phantom64-radon: 45 angles x 64 detector bins"), out);
        assertClose("phantom64_sinogram_45angles.tif", saved);
    }

    @Test
    void fbpMacroReconstructsLikeScikitImage() throws Exception {
        Path saved = tmp.resolve("fbp.tif");
        String out = MacroRuns.run("macros/filtered_back_projection.ijm",
                GOLDEN.resolve("phantom64_sinogram_45angles.tif").toString(), "saveAs(\"Tiff\", \"" + saved + "\");");
        assertTrue(out.contains("phantom64_sinogram_45angles-fbp: 64x64 reconstruction"), out);
        assertClose("phantom64_fbp_ramp_45angles.tif", saved);
    }

    @Test
    void ctInputThatDoesNotFitIsRefusedWithTheReason() throws Exception {
        String out = MacroRuns.run("src/test/resources/macros/bad_ct_input.ijm",
                GOLDEN.resolve("phantom64_sinogram_45angles.tif").toString(), "");
        assertTrue(out.contains("ReLU-INR Filtered Back-Projection... on phantom64_sinogram_45angles.tif: the sinogram has 45 rows (one per angle) but 2"
                + " angles were given; give one angle per row"), out);
        assertTrue(out.contains("ReLU-INR Radon Transform... on phantom64_sinogram_45angles.tif: the image is 64×45; the Radon transform needs a square"
                + " n×n image (crop or pad it first)"), out);
        assertTrue(out.contains("ReLU-INR Radon Transform... on rgb: the image has 3 channels; convert it to grayscale first"),
                out);
        assertTrue(out.contains("ReLU-INR Filtered Back-Projection... on rgb: unknown macro key n_angles; the keys are filter,"
                + " angle_range, angle_list"), out);
        assertTrue(out.contains("AFTER=2"), "no output was made: " + out);
        assertTrue(out.contains("ReLU-INR CT Reconstruction... on phantom64_sinogram_45angles.tif: the ground truth must be n × n grayscale, n = the"
                + " sinogram's width (64)"), out);
        assertTrue(out.contains("ReLU-INR CT Reconstruction... on sinograms: the image is a stack of 2 planes; CT Reconstruction"
                + " takes a single plane"), out);
        assertTrue(out.contains("AFTER_CT=4"), "no output was made: " + out);
        assertFalse(out.contains("Exception"), out);
    }

    /** Pixel values within 1e-4 of the golden file's largest magnitude (float rounding, summation order). */
    private static void assertClose(String golden, Path saved) {
        float[] expected = (float[]) IJ.openImage(GOLDEN.resolve(golden).toString()).getProcessor().getPixels();
        float[] actual = (float[]) IJ.openImage(saved.toString()).getProcessor().getPixels();
        assertEquals(expected.length, actual.length);
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= 1e-4 * scale, "largest difference " + worst + " of " + scale);
    }
}
