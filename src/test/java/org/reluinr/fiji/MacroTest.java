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
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.testing.TestImages;

/** Runs the Fit INR example macros of macros/ through real, headless ImageJ 1.x on small test images. */
class MacroTest {

    @TempDir
    Path tmp;

    @Test
    void recordedCallWithEveryKeyFitsAndPlots() throws Exception {
        Path image = TestImages.smallCopy("camera_256.png", 32, tmp, "camera32.tif");
        String out = MacroRuns.run("macros/fit_inr.ijm", image.toString(),
                "print(\"IMAGES=\" + nImages); print(\"WIDTH=\" + getInfo(\"width\")); print(\"SEED=\" + getInfo(\"seed\"));"
                        + " print(\"LINEAR=\" + getInfo(\"linear_layers\") + \" \" + getInfo(\"learn_c\"));");
        assertTrue(out.contains("camera32-fit: completed 300 iterations"), out);
        assertTrue(psnr(out) > 24, out);
        assertTrue(out.contains("IMAGES=3"), "input, training curve and result: " + out);
        assertTrue(out.contains("WIDTH=128") && out.contains("SEED=0") && out.contains("LINEAR=true true"), out);
    }

    @Test
    void defaultsOnlyCallUsesTheBuiltInSettings() throws Exception {
        Path image = TestImages.smallCopy("camera_256.png", 16, tmp, "camera16.tif");
        String out = MacroRuns.run("macros/fit_inr_defaults.ijm", image.toString(),
                "print(\"SETTINGS=\" + getInfo(\"width\") + \",\" + getInfo(\"hidden_layers\") + \",\" + getInfo(\"c\")"
                        + " + \",\" + getInfo(\"learning_rate\") + \",\" + getInfo(\"seed\") + \",\""
                        + " + getInfo(\"tv_weight\"));");
        assertTrue(out.contains("camera16-fit: PSNR"), out);
        assertTrue(out.contains("SETTINGS=256,3,9.0,0.003,0,auto"), out);
        assertTrue(psnr(out) > 40, "a 16×16 image is easy to represent: " + out);
    }

    @Test
    void batchMacroFitsEveryImageOfAFolderAndWritesCsv() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outFolder = tmp.resolve("out");
        TestImages.smallCopy("camera_256.png", 32, tmp, "in/camera.tif");
        TestImages.smallCopy("astronaut.png", 32, tmp, "in/astronaut.png");
        Files.writeString(in.resolve("notes.txt"), "not an image");
        new FileSaver(new ImagePlus("tiny", new ByteProcessor(1, 1))).saveAsTiff(in.resolve("tiny.tif").toString());
        String out = MacroRuns.run("macros/batch_fit_folder.ijm", in + "|" + outFolder, "");
        List<String> csv = Files.readAllLines(outFolder.resolve("metrics.csv"));
        assertEquals(5, csv.size(), "a row for every file, fitted or skipped: " + out + csv);
        assertEquals("image,output,status,psnr,ssim,final_loss,iterations_run,seconds,reason", csv.get(0));
        assertTrue(out.contains("ReLU-INR Fit INR... on tiny.tif: the image has 1 pixel"), "the log names the image: " + out);
        assertTrue(csv.contains("tiny.tif,,skipped,,,,,,\"the image has 1 pixel; an INR needs an image of at least 2"
                + " pixels\""), csv.toString());
        assertTrue(csv.contains("notes.txt,,skipped,,,,,,\"not an image file (tif, tiff, png, jpg or jpeg)\""),
                csv.toString());
        List<String> fitted = csv.stream().filter(row -> row.contains(",completed,")).toList();
        assertEquals(2, fitted.size(), csv.toString());
        for (String row : fitted) {
            String[] cells = row.split(",");
            assertEquals("completed", cells[2], row);
            // on the pixels; the 2-layer, width-64 network also follows an interpolation between them (tv_weight auto)
            assertTrue(Double.parseDouble(cells[3]) > 18, row);
            ImagePlus result = IJ.openImage(outFolder.resolve(cells[1]).toString());
            assertEquals(32, result.getWidth());
            // Results take the input's type: RGB for the astronaut, 8-bit for the cameraman.
            assertEquals(cells[0].startsWith("astronaut") ? ImagePlus.COLOR_RGB : ImagePlus.GRAY8, result.getType(), row);
        }
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void badInputIsReportedInOneLogLineAndTheInputIsKept() throws Exception {
        String out = MacroRuns.run("src/test/resources/macros/bad_input.ijm", "", "");
        assertTrue(out.contains("ReLU-INR Fit INR...: no image is open; open or select the input image first"), out);
        assertTrue(out.contains("ReLU-INR Fit INR... on input: unknown macro key widht; the keys are iterations, advanced, c,"
                + " tv_weight, path_norm_weight, width, hidden_layers, learning_rate, seed, stop_loss, weight_decay,"
                + " batch_size, activation, omega0, sigma0, linear_layers, learn_c, precision, dimensions,"
                + " model_file, output_32bit, show_plot, preview"), out);
        assertTrue(out.contains("ReLU-INR Fit INR... on input: iterations must be a positive integer, got 0"), out);
        assertTrue(out.contains("ReLU-INR Fit INR... on input: width must be a whole number, got 12.5"), out);
        assertTrue(out.contains("ReLU-INR Fit INR... on input: c must be a positive number, got -1.0"), out);
        assertTrue(out.contains("AFTER=1 input 64 48 0.5 0 1.0"), "only the input is open, unchanged: " + out);
        // Refused before ImageJ's dialog would stop a batch run with its modal "Numeric value expected".
        assertTrue(out.contains("ReLU-INR Fit INR... on input: learning_rate must be a number, got 'abc' (default 0.003)"), out);
        assertTrue(out.contains("ReLU-INR Super-Resolution... on input: scale must be a number, got 'two' (default 4)"), out);
        assertTrue(out.contains("ReLU-INR Fit INR... on input: tv_weight must be auto or a non-negative number, got 'much'"), out);
        assertTrue(out.contains("AFTER_NUMBERS=1 input"), out);
        assertFalse(out.contains("Exception"), out);
    }

    private static double psnr(String output) {
        Matcher m = Pattern.compile("PSNR ([0-9.]+) dB").matcher(output);
        assertTrue(m.find(), output);
        return Double.parseDouble(m.group(1));
    }
}
