package org.reluinr.plugins;

import java.nio.file.Path;
import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.fiji.ModelRendering;

/**
 * Plugins &gt; ReLU-INR &gt; Render INR Model...: samples a saved model on a grid of any size
 * over any region of its training extent (pixel units of the training grid, ends included).
 * Sizes of 0 keep the training size; an empty region is the whole extent.
 */
public class RenderModelPlugin extends DialogPlugin {

    public RenderModelPlugin() {
        super("Render INR Model...", Set.of(ModelFileField.KEY, "width", "height", "depth", "isotropic", "region"));
    }

    @Override
    boolean trains() {
        return false;
    }

    @Override
    boolean needsImage() {
        return false;
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        ModelFileField.add(gd);
        gd.addNumericField("width", 0, 0, 8, "(0: training width)");
        gd.addNumericField("height", 0, 0, 8, "(0: training height)");
        gd.addNumericField("depth", 0, 0, 8, "(volumes; 0: training depth)");
        gd.addCheckbox("isotropic", false);
        gd.addStringField("region", "", 30);
        gd.addMessage("region: x0,y0,x1,y1 (volumes x0,y0,z0,x1,y1,z1) in training pixels; empty: all");
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        Path file = ModelFileField.read(gd);
        int width = integer(gd, "width");
        int height = integer(gd, "height");
        int depth = integer(gd, "depth");
        boolean isotropic = gd.getNextBoolean();
        return ModelRendering.render(file, width, height, depth, gd.getNextString(), isotropic);
    }
}
