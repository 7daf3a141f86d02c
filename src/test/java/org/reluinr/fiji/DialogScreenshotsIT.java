package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.RunEstimate;

/**
 * Super-Resolution run from its dialogs in ImageJ on a virtual display (Xvfb), as a user runs
 * it (see {@link ScreenshotMain}): what the dialogs ask first, what the status line says while
 * it trains, the result and the results table. The screenshots land in target/screenshots;
 * the README shows copies of them from docs/screenshots.
 */
class DialogScreenshotsIT {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void superResolutionAsAUserRunsItFromTheDialogs() throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(VirtualDisplay.launcher(), false,
                ChildJvm.testClassPath(), ScreenshotMain.class.getName(), SHOTS.toString());
        String out = outcome.output();
        assertEquals(0, outcome.exitCode(), out);

        assertEquals("ReLU-INR Fit INR... on tiny | the image has 1 pixel; an INR needs an image of at least 2 pixels",
                line(out, "one_pixel_first_window"), "refused before any field is asked for");
        FitSettings fit = RepresentationTask.defaults();
        assertEquals(RunEstimate.fitVolume(48, 48, 8, 1, fit), line(out, "estimate_of_volume"),
                "dimensions 3: one network over the stack's voxels");
        assertEquals(RunEstimate.fit(48, 48, 1, 8, fit), line(out, "estimate_of_planes"),
                "dimensions 2: each plane on its half-pixel grid");
        String main = line(out, "main_fields");
        assertInOrder(main, "scale", "iterations", "advanced", "ground truth", "model file", "preview");
        assertTrue(!main.contains("width") && !main.contains("tv weight"), "the network waits in the advanced dialog: "
                + main);
        String atScale4 = line(out, "estimate_at_scale_4");
        String atScale2 = line(out, "estimate_at_scale_2");
        assertTrue(atScale4.matches("estimate: about .* and .* on this machine \\(network only\\)"), atScale4);
        assertTrue(atScale2.startsWith("estimate: about") && !atScale2.equals(atScale4),
                "the estimate follows the scale: " + atScale4 + " / " + atScale2);
        String atWidth128 = line(out, "estimate_at_width_128");
        assertTrue(atWidth128.startsWith("estimate: about") && !atWidth128.equals(atScale2),
                "and the advanced dialog's width: " + atWidth128);
        assertInOrder(line(out, "advanced_fields"), "c", "tv weight", "path norm weight", "width", "learning rate");

        String status = line(out, "status");
        Matcher m = Pattern.compile("^ReLU-INR superres: (\\d+)/(\\d+), \\d+:\\d\\d left \\(Esc to cancel\\), loss .*"
                + ", \\d+:\\d\\d elapsed$").matcher(status);
        assertTrue(m.find(), status);
        assertTrue(Integer.parseInt(m.group(1)) >= 100 && Integer.parseInt(m.group(2)) == 330,
                "one count over both stages of the copy of the start (150 + 180 passes): " + status);
        assertEquals("camera-48-superres 96x96", line(out, "result"));
        assertTrue(line(out, "results_columns").startsWith("image\tstatus\tseconds\tc\t"),
                "what people read first (no ground truth: no psnr, ssim): " + out);
        assertTrue(!line(out, "open_windows").contains("(preview)"), "the preview closes with the run: " + out);

        for (String shot : List.of("dialog-super-resolution", "dialog-super-resolution-advanced", "training",
                "results")) {
            assertNotBlank(SHOTS.resolve(shot + ".png"));
        }
    }

    private static String line(String output, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": (.*)$").matcher(output);
        assertTrue(m.find(), key + " missing from: " + output);
        return m.group(1);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' after position " + at + " in: " + text);
            at = next;
        }
    }

    /** A screenshot that shows something: more than one colour. */
    private static void assertNotBlank(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 100 && image.getHeight() > 50, png.toString());
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y += 3) {
            for (int x = 0; x < image.getWidth() && !varied; x += 3) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, png + " is blank");
    }
}
