package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import ij.ImagePlus;
import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.core.image.EllipsoidPhantom;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.imagej.ImagePlusConverter;
import org.reluinr.testing.TestImages;

/** Saving a model from Fit INR and rendering it with Render INR Model, through headless ImageJ 1.x. */
class ModelMacroTest {

    @TempDir
    Path tmp;

    @Test
    void fittedModelRendersAtTwiceTheDensityThroughTheTrainingPixels() throws Exception {
        Path file = TestImages.smallCopy("camera_256.png", 16, tmp, "cam16.tif");
        // The fit's pixel (x, y) is the render's sample (2x, 2y): compare them all.
        String out = MacroRuns.run("macros/render_model.ijm", file.toString(),
                "render = getImageID(); selectImage(\"cam16-fit\"); worst = 0;"
                        + " for (y = 0; y < 16; y++) for (x = 0; x < 16; x++) { v = getPixel(x, y); selectImage(render);"
                        + " worst = maxOf(worst, abs(getPixel(2 * x, 2 * y) - v)); selectImage(\"cam16-fit\"); }"
                        + " print(\"WORST=\" + worst);");
        assertTrue(out.contains("cam16-render: 31x31 from "), out);
        Matcher worst = Pattern.compile("WORST=([0-9.eE-]+)").matcher(out);
        assertTrue(worst.find(), out);
        assertTrue(Double.parseDouble(worst.group(1)) < 1e-3, out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void aZStackFitsAsOneVolumeAndRendersIsotropic() throws Exception {
        ImagePlus stack = ImagePlusConverter.toFloatImagePlus(EllipsoidPhantom.sheppLogan(16, 16, 5), "vol",
                new VoxelSize(new double[] {0.5, 0.5, 1.5}, "micron"));
        Path file = tmp.resolve("vol.tif");
        new FileSaver(stack).saveAsTiffStack(file.toString());
        String out = MacroRuns.run("macros/isotropic_stack.ijm", file.toString(),
                "selectImage(\"vol-fit\"); print(\"FIT=\" + nSlices + \" \" + getInfo(\"dimensions\") + \"D \""
                        + " + getInfo(\"voxel_size\")); print(\"C=\" + getInfo(\"c\") + \" BETWEEN=\" + getInfo(\"better_between_slices\"));");
        // 5 slices 1.5 µm apart span 6 µm: 13 slices 0.5 µm apart.
        assertTrue(out.contains("vol-3d-render: 13 slices, voxel 0.5 x 0.5 x 0.5 micron"), out);
        assertTrue(out.contains("FIT=5 3D [0.5, 0.5, 1.5] micron"), out);
        // the macro's c = 2 lets tv_weight auto choose c = 1 or 2; the info records the choice and its verdict
        Matcher c = Pattern.compile("C=([0-9.]+) BETWEEN=(network|linear interpolation)\n").matcher(out);
        assertTrue(c.find(), out);
        assertTrue(Set.of(1.0, 2.0).contains(Double.parseDouble(c.group(1))), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void renderRefusesAMissingOrDamagedModelInOneLine() throws Exception {
        Path junk = Files.writeString(tmp.resolve("junk.inr"), "junk");
        Path macro = Files.writeString(tmp.resolve("bad.ijm"),
                "run(\"Render INR Model...\", \"model_file=[" + junk + "] width=0 height=0 depth=0 region=\");"
                        + "run(\"Render INR Model...\", \"model_file=[] width=0 height=0 depth=0 region=\");"
                        + "print(\"IMAGES=\" + nImages);");
        String out = MacroRuns.run(macro.toString(), "", "");
        assertTrue(out.contains("ReLU-INR Render INR Model...: model file " + junk + ": not a ReLU-INR model"), out);
        assertTrue(out.contains("ReLU-INR Render INR Model...: model_file is empty"), out);
        assertTrue(out.contains("IMAGES=0"), out);
        assertFalse(out.contains("Exception"), out);
    }
}
