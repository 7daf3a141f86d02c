package org.reluinr.plugins;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.FbpCommand;
import org.reluinr.core.operators.FilteredBackProjection.Filter;

/** Plugins &gt; ReLU-INR &gt; Filtered Back-Projection...: classical reconstruction of a sinogram. */
public class FbpPlugin extends DialogPlugin {

    public FbpPlugin() {
        super("Filtered Back-Projection...", new LinkedHashSet<>(List.of("filter", AngleFields.RANGE, AngleFields.LIST)));
    }

    @Override
    boolean trains() {
        return false;
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        String[] filters = Arrays.stream(Filter.values()).map(Filter::key).toArray(String[]::new);
        gd.addChoice("filter", filters, Filter.RAMP.key());
        AngleFields.add(gd);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        Filter filter = Filter.parse(gd.getNextChoice());
        double range = number(gd, AngleFields.RANGE);
        return FbpCommand.reconstruct(input, filter, range, gd.getNextString());
    }
}
