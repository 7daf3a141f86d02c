package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./inr fit --model_file, then ./inr render: the saved model reproduces the fit and renders anywhere. */
class RenderCliTest {

    @TempDir
    Path tmp;

    @Test
    void savedModelRendersTheFitExactlyAndAtOtherSizesAndRegions() throws Exception {
        Path model = tmp.resolve("cam.inr");
        Path fitOut = tmp.resolve("fit");
        CliRun fit = CliRun.of("fit", "src/test/resources/golden/phantom64.tif", "--width", "32", "--hidden_layers",
                "2", "--iterations", "20", "--out", fitOut.toString(), "--model_file", model.toString());
        assertEquals(0, fit.status(), fit.err());
        assertTrue(fit.out().contains("wrote model " + model), fit.out());

        Path same = tmp.resolve("same");
        CliRun r = CliRun.of("render", model.toString(), "--out", same.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("megapixels/s"), r.out());
        float[] fitted = pixels(fitOut.resolve("phantom64-fit.tif"));
        float[] rendered = pixels(same.resolve("cam-render.tif"));
        assertArrayEquals(fitted, rendered, "rendering at the training size reproduces the fit");

        Path zoom = tmp.resolve("zoom");
        r = CliRun.of("render", model.toString(), "--width", "127", "--height", "32", "--region", "0,0,63,31", "--out",
                zoom.toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("warning"), "pixels and half-way points are where the fit held the model: "
                + r.out());
        ImagePlus z = IJ.openImage(zoom.resolve("cam-render.tif").toString());
        assertEquals(127, z.getWidth());
        assertEquals(32, z.getHeight());
        float[] zoomed = (float[]) z.getProcessor().getPixels();
        // Every second sample of x falls on a training pixel; the rows are the top half, at full density.
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                assertEquals(fitted[y * 64 + x], zoomed[y * 127 + 2 * x], 1e-3, "(" + x + ", " + y + ")");
            }
        }

        r = CliRun.of("render", model.toString(), "--width", "253", "--out", tmp.resolve("quarter").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("warning: along x this render samples the model between or beyond the positions"
                + " the fit constrained"), r.out());
        assertTrue(r.out().contains("render 127 × 127 over the whole image"), r.out());
        assertTrue(r.out().contains("(this model's own check after fitting: at 4 random positions per pixel"),
                "the fit's check, read back from the model file: " + r.out());
    }

    @Test
    void badModelFilesAndOptionsGiveOneLineAndWriteNothing() throws Exception {
        Path notModel = Files.writeString(tmp.resolve("x.inr"), "not a model");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("render", notModel.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: model file " + notModel + ": not a ReLU-INR model"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));

        Path model = tmp.resolve("m.inr");
        assertEquals(0, CliRun.of("fit", "src/test/resources/golden/phantom64.tif", "--width", "8", "--iterations", "2",
                "--out", tmp.resolve("f").toString(), "--model_file", model.toString()).status());
        r = CliRun.of("render", model.toString(), "--region", "0,0,10", "--out", out.toString());
        assertTrue(r.err().contains("region needs 4 numbers for a 2D model"), r.err());
        r = CliRun.of("render", model.toString(), "--depth", "4", "--out", out.toString());
        assertTrue(r.err().contains("--depth applies to volume models"), r.err());
        r = CliRun.of("render", model.toString(), "--width", "0", "--out", out.toString());
        assertTrue(r.err().contains("render sizes must be positive"), r.err());
        r = CliRun.of("fit", "src/test/resources/golden/phantom64.tif", "--iterations", "2", "--out", out.toString(),
                "--model_file", tmp.resolve("missing/m.inr").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("model_file: the folder " + tmp.resolve("missing") + " does not exist"), r.err());
        assertFalse(r.out().contains("iteration"), "refused before training: " + r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void aZStackFitsAsOneVolumeAndRendersAtAnotherZSpacing() throws Exception {
        CliRun phantom = CliRun.of("phantom3d", "--size", "16", "--depth", "6", "--out", tmp.toString());
        assertEquals(0, phantom.status(), phantom.err());
        Path stack = tmp.resolve("phantom3d.tif");
        CliRun flat = CliRun.of("fit", stack.toString(), "--out", tmp.resolve("no").toString());
        assertEquals(2, flat.status());
        assertTrue(flat.err().contains("--dimensions 3"), flat.err());

        Path model = tmp.resolve("vol.inr");
        CliRun fit = CliRun.of("fit", stack.toString(), "--dimensions", "3", "--width", "32", "--iterations", "10",
                "--out", tmp.resolve("vfit").toString(), "--model_file", model.toString());
        assertEquals(0, fit.status(), fit.err());
        ImagePlus fitted = IJ.openImage(tmp.resolve("vfit/phantom3d-fit.tif").toString());
        assertEquals(6, fitted.getNSlices());
        assertEquals(16.0 / 6, fitted.getCalibration().pixelDepth, 1e-9);

        CliRun render = CliRun.of("render", model.toString(), "--depth", "11", "--out", tmp.resolve("vr").toString());
        assertEquals(0, render.status(), render.err());
        ImagePlus dense = IJ.openImage(tmp.resolve("vr/vol-render.tif").toString());
        assertEquals(11, dense.getNSlices());
        assertEquals(16.0 / 12, dense.getCalibration().pixelDepth, 1e-9);
        for (int z = 0; z < 6; z++) {
            float[] a = (float[]) fitted.getStack().getProcessor(z + 1).getPixels();
            float[] b = (float[]) dense.getStack().getProcessor(2 * z + 1).getPixels();
            assertArrayEquals(a, b, 1e-4f, "slice " + z + " is rendered slice " + 2 * z);
        }

        // 6 slices 16/6 pixel widths apart span 13.3 pixel widths: 14 slices make the voxels cubic.
        render = CliRun.of("render", model.toString(), "--isotropic", "true", "--out", tmp.resolve("iso").toString());
        assertEquals(0, render.status(), render.err());
        assertEquals(14, IJ.openImage(tmp.resolve("iso/vol-render.tif").toString()).getNSlices());

        CliRun single = CliRun.of("fit", "src/test/resources/golden/phantom64.tif", "--dimensions", "3", "--out",
                tmp.resolve("no").toString());
        assertTrue(single.err().contains("--dimensions 3 needs a z-stack or a time series"), single.err());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    private static float[] pixels(Path tif) {
        return (float[]) IJ.openImage(tif.toString()).getProcessor().getPixels();
    }
}
