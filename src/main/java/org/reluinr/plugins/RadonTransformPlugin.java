package org.reluinr.plugins;

import java.util.LinkedHashSet;
import java.util.List;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.RadonTransformCommand;
import org.reluinr.fiji.Angles;

/** Plugins &gt; ReLU-INR &gt; Radon Transform...: the sinogram of each plane of a square image. */
public class RadonTransformPlugin extends DialogPlugin {

    public RadonTransformPlugin() {
        super("Radon Transform...", new LinkedHashSet<>(List.of("n_angles", "angle_range", "angle_list")));
    }

    @Override
    boolean trains() {
        return false;
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        gd.addNumericField("n_angles", Angles.DEFAULT_COUNT, 0);
        gd.addNumericField("angle_range", Angles.DEFAULT_RANGE, 2);
        gd.addStringField("angle_list", "", 30);
        gd.addMessage("angle_list: explicit list in degrees (e.g. 0, 4.5, 9); when empty, n_angles\n"
                + "angles are evenly spaced over [0, angle_range)");
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        int count = integer(gd, "n_angles");
        double range = number(gd, "angle_range");
        return RadonTransformCommand.sinogram(input, count, range, gd.getNextString());
    }
}
