package org.reluinr.plugins;

import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.ScaleSelection;
import org.reluinr.fiji.Sweeps;

/**
 * Plugins &gt; ReLU-INR &gt; Select c...: fits each candidate c to the same stop_loss and keeps
 * the lowest path norm; a row per c and the chosen reconstruction.
 */
public class SelectCPlugin extends SweepPlugin {

    public SelectCPlugin() {
        super("Select c...", Set.of("c"), "c_values", ModelFileField.KEY);
    }

    @Override
    FitSettings defaults(String taskName) {
        return super.defaults(taskName).toBuilder().stopLoss(ScaleSelection.DEFAULT_STOP_LOSS).build();
    }

    @Override
    void addOwnFields(GenericDialog gd) {
        gd.addStringField("c_values", ScaleSelection.DEFAULT_C_VALUES, 20);
        ModelFileField.add(gd);
    }

    @Override
    ImagePlus run(ImagePlus input, Sweeps.Task task, FitSettings settings, GenericDialog gd) {
        double[] cValues = ScaleSelection.parseCValues(gd.getNextString());
        return Sweeps.selectC(input, task, settings, cValues, ModelFileField.read(gd), () -> false);
    }
}
