package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example macros of macros/ through real, headless ImageJ 1.x on small test images. */
class MacroTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path tmp;

    @Test
    void recordedCallWithEveryKeyFitsAndPlots() throws Exception {
        Path image = smallCopy("camera_256.png", 64, "camera64.tif");
        String out = MacroRuns.run("macros/fit_inr.ijm", image.toString(),
                "print(\"IMAGES=\" + nImages); print(\"WIDTH=\" + getInfo(\"width\")); print(\"SEED=\" + getInfo(\"seed\"));");
        assertTrue(out.contains("camera64-fit: completed 300 iterations"), out);
        assertTrue(psnr(out) > 24, out);
        assertTrue(out.contains("IMAGES=3"), "input, training curve and result: " + out);
        assertTrue(out.contains("WIDTH=128") && out.contains("SEED=0"), out);
    }

    @Test
    void defaultsOnlyCallUsesTheBuiltInSettings() throws Exception {
        Path image = smallCopy("camera_256.png", 24, "camera24.tif");
        String out = MacroRuns.run("macros/fit_inr_defaults.ijm", image.toString(),
                "print(\"SETTINGS=\" + getInfo(\"width\") + \",\" + getInfo(\"hidden_layers\") + \",\" + getInfo(\"c\")"
                        + " + \",\" + getInfo(\"learning_rate\") + \",\" + getInfo(\"seed\"));");
        assertTrue(out.contains("camera24-fit: PSNR"), out);
        assertTrue(out.contains("SETTINGS=256,3,9.0,0.003,0"), out);
        assertTrue(out.contains("after 1000 iterations"), out);
        assertTrue(psnr(out) > 40, "a 24×24 image is easy to represent: " + out);
    }

    @Test
    void batchMacroFitsEveryImageOfAFolderAndWritesCsv() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outFolder = tmp.resolve("out");
        smallCopy("camera_256.png", 32, "in/camera.tif");
        smallCopy("astronaut.png", 32, "in/astronaut.png");
        Files.writeString(in.resolve("notes.txt"), "not an image");
        String out = MacroRuns.run("macros/batch_fit_folder.ijm", in + "|" + outFolder, "");
        List<String> csv = Files.readAllLines(outFolder.resolve("metrics.csv"));
        assertEquals(3, csv.size(), out + csv);
        assertTrue(csv.get(0).startsWith("image,output,status,psnr"));
        for (String row : csv.subList(1, 3)) {
            String[] cells = row.split(",");
            assertEquals("completed", cells[2], row);
            assertTrue(Double.parseDouble(cells[3]) > 20, row);
            ImagePlus result = IJ.openImage(outFolder.resolve(cells[1]).toString());
            assertEquals(32, result.getWidth());
            assertEquals(cells[0].startsWith("astronaut") ? 3 : 1, result.getNChannels(), row);
        }
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void badInputIsReportedInOneLogLineAndTheInputIsKept() throws Exception {
        String out = MacroRuns.run("src/test/resources/macros/bad_input.ijm", "", "");
        assertTrue(out.contains("ReLU-INR Fit INR...: no image is open; open or select the input image first"), out);
        assertTrue(out.contains("ReLU-INR Fit INR...: unknown macro key widht; the keys are width, hidden_layers, c,"
                + " learning_rate, iterations, seed, stop_loss, path_norm_weight, weight_decay, show_plot"), out);
        assertTrue(out.contains("ReLU-INR Fit INR...: iterations must be a positive integer, got 0"), out);
        assertTrue(out.contains("ReLU-INR Fit INR...: width must be a whole number, got 12.5"), out);
        assertTrue(out.contains("ReLU-INR Fit INR...: c must be a positive number, got -1.0"), out);
        assertTrue(out.contains("AFTER=1 input 64 48 0.5 0 1.0"), "only the input is open, unchanged: " + out);
        assertFalse(out.contains("Exception"), out);
    }

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
        assertTrue(out.contains("ReLU-INR Filtered Back-Projection...: the sinogram has 45 rows (one per angle) but 2"
                + " angles were given; give one angle per row"), out);
        assertTrue(out.contains("ReLU-INR Radon Transform...: the image is 64×45; the Radon transform needs a square"
                + " n×n image (crop or pad it first)"), out);
        assertTrue(out.contains("ReLU-INR Radon Transform...: the image has 3 channels; convert it to grayscale first"),
                out);
        assertTrue(out.contains("ReLU-INR Filtered Back-Projection...: unknown macro key n_angles; the keys are filter,"
                + " angle_range, angle_list"), out);
        assertTrue(out.contains("AFTER=2"), "no output was made: " + out);
        assertTrue(out.contains("ReLU-INR CT Reconstruction...: the ground truth must be n × n grayscale, n = the"
                + " sinogram's width (64)"), out);
        assertTrue(out.contains("ReLU-INR CT Reconstruction...: the image is a stack of 2 planes; CT Reconstruction"
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

    private Path smallCopy(String testImage, int size, String name) {
        ImagePlus image = IJ.openImage(Path.of("test-images", testImage).toString());
        ImagePlus small = new ImagePlus(name, image.getProcessor().resize(size, size, true));
        Path file = tmp.resolve(name);
        if (name.endsWith(".png")) {
            new FileSaver(small).saveAsPng(file.toString());
        } else {
            new FileSaver(small).saveAsTiff(file.toString());
        }
        return file;
    }

    private static double psnr(String output) {
        Matcher m = Pattern.compile("PSNR ([0-9.]+) dB").matcher(output);
        assertTrue(m.find(), output);
        return Double.parseDouble(m.group(1));
    }
}
