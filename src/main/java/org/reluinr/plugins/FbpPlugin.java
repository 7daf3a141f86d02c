package org.reluinr.plugins;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.FbpCommand;
import org.reluinr.core.operators.FilteredBackProjection.Filter;
import org.reluinr.fiji.Angles;

/** Plugins &gt; ReLU-INR &gt; Filtered Back-Projection...: classical reconstruction of a sinogram. */
public class FbpPlugin extends DialogPlugin {

    public FbpPlugin() {
        super("Filtered Back-Projection...", new LinkedHashSet<>(List.of("filter", "angle_range", "angle_list")));
    }

    @Override
    void addFields(GenericDialog gd) {
        String[] filters = Arrays.stream(Filter.values()).map(Filter::key).toArray(String[]::new);
        gd.addChoice("filter", filters, Filter.RAMP.key());
        gd.addNumericField("angle_range", Angles.DEFAULT_RANGE, 2);
        gd.addStringField("angle_list", "", 30);
        gd.addMessage("The sinogram has one row per angle; when angle_list is empty, its rows are\n"
                + "evenly spaced over [0, angle_range)");
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        Filter filter = Filter.parse(gd.getNextChoice());
        double range = number(gd, "angle_range");
        return FbpCommand.reconstruct(input, filter, range, gd.getNextString());
    }
}
