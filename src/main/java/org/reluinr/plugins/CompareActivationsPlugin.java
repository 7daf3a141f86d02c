package org.reluinr.plugins;

import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.fiji.Sweeps;

/**
 * Plugins &gt; ReLU-INR &gt; Compare Activations...: the task with every activation at its
 * default learning rate; a row per activation and a montage of the results.
 */
public class CompareActivationsPlugin extends SweepPlugin {

    public CompareActivationsPlugin() {
        super("Compare Activations...", Set.of("activation", "learning_rate"));
    }

    @Override
    void addOwnFields(GenericDialog gd) {
        gd.addMessage("Each activation runs at its default learning rate: bw_relu 3e-3, siren 1e-4, wire 5e-3, others 1e-3.");
    }

    @Override
    ImagePlus run(ImagePlus input, Sweeps.Task task, FitSettings settings, GenericDialog gd) {
        return Sweeps.compare(input, task, settings, () -> false);
    }
}
