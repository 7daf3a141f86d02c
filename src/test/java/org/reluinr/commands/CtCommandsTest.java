package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandModule;

/** Radon Transform and Filtered Back-Projection run through CommandService on the golden phantom. */
class CtCommandsTest extends CommandServiceTestBase {

    @Test
    void radonThenFbpGiveTheGoldenSinogramAndReconstruction() throws Exception {
        ImagePlus phantom = golden("phantom64.tif");
        CommandModule radon = commands.run(RadonTransformCommand.class, true, "image", phantom, "n_angles", 45).get();
        ImagePlus sinogram = (ImagePlus) radon.getOutput("result");
        assertEquals("phantom64-radon", sinogram.getTitle());
        assertEquals("45", sinogram.getStringProperty("n_angles"));
        assertEquals(0, maxDifference(golden("phantom64_sinogram_45angles.tif"), sinogram), 1e-3);

        CommandModule fbp = commands.run(FbpCommand.class, true, "image", sinogram, "filter", "ramp").get();
        ImagePlus reconstruction = (ImagePlus) fbp.getOutput("result");
        assertEquals("phantom64-radon-fbp", reconstruction.getTitle());
        assertEquals("ramp", reconstruction.getStringProperty("filter"));
        assertEquals(0, maxDifference(golden("phantom64_fbp_ramp_45angles.tif"), reconstruction), 1e-4);
    }

    @Test
    void explicitAnglesMustMatchTheSinogramRows() throws Exception {
        CommandModule fbp = commands.run(FbpCommand.class, true, "image", golden("phantom64_sinogram_45angles.tif"),
                "angle_list", "0, 45, 90").get();
        assertTrue(fbp.isCanceled());
        assertEquals("the sinogram has 45 rows (one per angle) but 3 angles were given; give one angle per row",
                fbp.getCancelReason());
    }

    private static ImagePlus golden(String name) {
        return IJ.openImage(Path.of("src", "test", "resources", "golden", name).toString());
    }

    private static double maxDifference(ImagePlus expected, ImagePlus actual) {
        float[] a = (float[]) expected.getProcessor().getPixels();
        float[] b = (float[]) actual.getProcessor().getPixels();
        assertEquals(a.length, b.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
