package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

    @TempDir
    Path tmp;

    private static double jsonNumber(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void demoFitsTheBundledCameramanAndWritesResultAndMetrics() throws IOException {
        Path out = tmp.resolve("demo");
        CliRun r = CliRun.of("demo", "--iterations", "40", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        Path tif = out.resolve("camera_256-fit.tif");
        ImagePlus result = IJ.openImage(tif.toString());
        assertEquals(256, result.getWidth());
        assertEquals(ImagePlus.GRAY32, result.getType());
        String json = Files.readString(out.resolve("metrics.json"));
        assertEquals(40, jsonNumber(json, "iterations"));
        assertTrue(jsonNumber(json, "psnr") > 15, json);
        assertTrue(jsonNumber(json, "seconds_per_iteration") > 0, json);
        assertTrue(json.contains("\"width\": 300") && json.contains("\"version\""), json);
        assertTrue(r.out().contains("iteration 40/40"), r.out());
        assertTrue(r.out().contains("network buffers"), "the memory plan is told before training: " + r.out());
    }

    @Test
    void fitWritesUnderTheInputNameAndLeavesTheInputAlone() throws IOException {
        Path input = tmp.resolve("tiny.tif");
        FloatProcessor fp = new FloatProcessor(12, 10);
        for (int i = 0; i < 120; i++) {
            fp.setf(i, 100 + (i % 12) * 3 + (i / 12));
        }
        new FileSaver(new ImagePlus("tiny", fp)).saveAsTiff(input.toString());
        byte[] before = Files.readAllBytes(input);
        CliRun r = CliRun.of("fit", input.toString(), "--width", "16", "--hidden_layers", "2", "--iterations", "30", "--c", "3",
                "--out", tmp.resolve("o").toString());
        assertEquals(0, r.status(), r.err());
        ImagePlus result = IJ.openImage(tmp.resolve("o").resolve("tiny-fit.tif").toString());
        assertEquals(12, result.getWidth());
        assertEquals(10, result.getHeight());
        float mean = (float) result.getProcessor().getStatistics().mean;
        assertTrue(mean > 90 && mean < 160, "mapped back to the input's range: mean " + mean);
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void rgbInputGivesThreeChannelsAndStacksAreRefused() throws IOException {
        ColorProcessor cp = new ColorProcessor(16, 12);
        for (int i = 0; i < 16 * 12; i++) {
            cp.set(i, ((i * 7) % 256) << 16 | ((i * 3) % 256) << 8 | (255 - i % 256));
        }
        Path rgb = tmp.resolve("rgb.png");
        new FileSaver(new ImagePlus("rgb", cp)).saveAsPng(rgb.toString());
        CliRun r = CliRun.of("fit", rgb.toString(), "--width", "16", "--hidden_layers", "2", "--iterations", "5", "--out",
                tmp.resolve("o").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, IJ.openImage(tmp.resolve("o").resolve("rgb-fit.tif").toString()).getNChannels());

        ImageStack stack = new ImageStack(8, 8);
        stack.addSlice(new FloatProcessor(8, 8));
        stack.addSlice(new FloatProcessor(8, 8));
        Path stackFile = tmp.resolve("stack.tif");
        new FileSaver(new ImagePlus("stack", stack)).saveAsTiffStack(stackFile.toString());
        CliRun refused = CliRun.of("fit", stackFile.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("has 2 planes"), refused.err());
    }

    @Test
    void helpListsEveryOption() {
        CliRun r = CliRun.of("fit", "--help");
        assertEquals(0, r.status());
        for (String key : new String[] {"width", "hidden_layers", "c", "learning_rate", "iterations", "seed", "out"}) {
            assertTrue(r.out().contains("--" + key + " "), key);
        }
        assertEquals(0, CliRun.of("--help").status());
    }

    @ParameterizedTest
    @CsvSource({
        "--width, 0, width must be a positive integer",
        "--iterations, -5, iterations must be a positive integer",
        "--c, 0, c must be a positive number",
        "--learning_rate, -1e-3, learning_rate must be a positive number",
        "--width, abc, --width expects an integer",
        "--colour, red, unknown option --colour"})
    void badOptionsAreOneLineErrorsAndWriteNothing(String key, String value, String message) {
        Path out = tmp.resolve("bad");
        CliRun r = CliRun.of("fit", "test-images/camera_256.png", key, value, "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badImagesAreOneLineErrorsAndWriteNothing() throws IOException {
        Path out = tmp.resolve("bad");
        Path nan = tmp.resolve("nan.tif");
        FloatProcessor fp = new FloatProcessor(8, 8);
        fp.setf(3, 5, Float.NaN);
        new FileSaver(new ImagePlus("nan", fp)).saveAsTiff(nan.toString());
        Path single = tmp.resolve("single.tif");
        new FileSaver(new ImagePlus("single", new FloatProcessor(1, 1))).saveAsTiff(single.toString());
        Path text = tmp.resolve("notes.png");
        Files.writeString(text, "not an image");

        String[][] cases = {
            {tmp.resolve("missing.png").toString(), "no such file"},
            {nan.toString(), "NaN or infinite values (first at x=3, y=5)"},
            {single.toString(), "at least 2 pixels"},
            {text.toString(), "cannot read"}};
        for (String[] c : cases) {
            CliRun r = CliRun.of("fit", c[0], "--out", out.toString());
            assertEquals(2, r.status(), c[0]);
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out));
        }
    }
}
