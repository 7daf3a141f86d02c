package org.reluinr.plugins;

import java.util.Set;

import java.nio.file.Path;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;

/** Plugins &gt; ReLU-INR &gt; Fit INR...: fits an INR to each plane of the active image. */
public class FitInrPlugin extends DialogPlugin {

    /** The key of the checkbox that keeps results 32-bit instead of the input's type. */
    static final String OUTPUT_32BIT = "output_32bit";

    static final Set<String> KEYS = EngineDialog.keysWith("dimensions", ModelFileField.KEY, OUTPUT_32BIT,
            "show_plot");

    public FitInrPlugin() {
        super("Fit INR...", KEYS);
    }

    @Override
    void addFields(GenericDialog gd) {
        EngineDialog.add(gd, FitSettings.builder().build());
        gd.addChoice("dimensions", new String[] {"2", "3"}, "2");
        gd.addMessage("dimensions 2: each plane on its own; 3: a z-stack or time series as one 3D INR\n"
                + "(to render between slices later, use a small c, 1 to 2)");
        ModelFileField.add(gd);
        gd.addCheckbox(OUTPUT_32BIT, false);
        gd.addCheckbox("show_plot", false);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        FitSettings settings = EngineDialog.read(gd);
        boolean volume = gd.getNextChoice().equals("3");
        Path modelFile = ModelFileField.read(gd);
        boolean output32bit = gd.getNextBoolean();
        RunOptions options = new RunOptions(gd.getNextBoolean(), modelFile, output32bit);
        if (volume) {
            return TaskRunner.fitVolume(input, settings, options, () -> false);
        }
        return TaskRunner.run(input, RepresentationTask.NAME, 1,
                (k, plane, listener, cancel) -> FitInr.fit(plane, settings, listener, cancel), options, () -> false);
    }
}
