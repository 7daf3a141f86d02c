package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.plugin.Binner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.testing.TestImages;

/** The Compare Activations and Select c example macros through headless ImageJ 1.x. */
class SweepMacroTest {

    @TempDir
    Path tmp;

    @Test
    void compareMacroRunsEveryActivationAndMakesAMontage() throws Exception {
        Path file = TestImages.smallCopy("camera_256.png", 16, tmp, "cam16.tif");
        String out = MacroRuns.run("macros/compare_activations.ijm", file.toString(), "");
        assertTrue(out.contains("cam16-fit-compare: 96x16, order bw_relu, relu, relu_pe, siren, gauss, wire"), out);
        for (int run = 1; run <= 6; run++) {
            // tv_weight auto: each follows the interpolation the 16² image's self-test chose between the
            // pixels (directional cubic convolution), relu_pe fits the pixels only
            assertTrue(out.contains("ReLU-INR fit cam16.tif run " + run + ": " + (run == 3 ? "completed 100 iterations"
                    : "followed directional_cubic interpolation between pixels")), out);
        }
        // bw_relu represents a 16×16 image almost exactly in 100 iterations; plain relu cannot.
        assertTrue(psnrOfRun(1, out) > psnrOfRun(2, out) + 10, out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void selectCMacroKeepsTheLowestPathNormAmongFitsThatReachedTheLoss() throws Exception {
        ImagePlus camera = IJ.openImage(Path.of("test-images", "camera_256.png").toString());
        ImagePlus truth = new ImagePlus("truth32", camera.getProcessor().resize(32, 32, true).convertToFloat());
        ImagePlus low = new Binner().shrink(truth, 4, 4, 1, Binner.AVERAGE);
        Path truthFile = tmp.resolve("truth32.tif");
        Path lowFile = tmp.resolve("low8.tif");
        new FileSaver(truth).saveAsTiff(truthFile.toString());
        new FileSaver(low).saveAsTiff(lowFile.toString());
        String out = MacroRuns.run("macros/select_c.ijm", lowFile + "|" + truthFile,
                "print(\"SIZE=\" + getWidth() + \" C=\" + getInfo(\"c\"));");
        Matcher chosen = Pattern.compile("chosen c ([0-9.]+) \\(([^)]*)\\)").matcher(out);
        assertTrue(chosen.find(), out);
        assertTrue(out.contains("SIZE=32 C=" + chosen.group(1)), "the output is the chosen fit: " + out);
        assertEquals("lowest path norm among the fits that reached stop_loss", chosen.group(2), out);
        for (int run = 1; run <= 3; run++) {
            assertTrue(out.contains("ReLU-INR superres low8.tif run " + run + ":"), out);
        }
        assertFalse(out.contains("Exception"), out);
    }

    private static double psnrOfRun(int run, String output) {
        Matcher m = Pattern.compile("run " + run + ": [^\\n]*PSNR ([0-9.]+) dB").matcher(output);
        assertTrue(m.find(), output);
        return Double.parseDouble(m.group(1));
    }
}
