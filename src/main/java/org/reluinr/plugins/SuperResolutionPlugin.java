package org.reluinr.plugins;

import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.SuperResolutionCommand;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;

/** Plugins &gt; ReLU-INR &gt; Super-Resolution...: each plane upscaled by an INR. */
public class SuperResolutionPlugin extends DialogPlugin {

    public SuperResolutionPlugin() {
        super("Super-Resolution...", EngineDialog.keysWith("scale", GroundTruthChoice.KEY, ModelFileField.KEY,
                OutputFields.OUTPUT_32BIT, OutputFields.SHOW_PLOT, OutputFields.PREVIEW));
    }

    @Override
    void addFields(GenericDialog gd) {
        gd.addNumericField("scale", 4, 0, 4, "output pixels per input pixel, along x and y");
        EngineDialog.addMain(gd, SuperResolutionTask.defaults());
        GroundTruthChoice.add(gd);
        ModelFileField.add(gd);
        OutputFields.add(gd, true);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        int scale = integer(gd, "scale");
        if (scale < 2) {
            throw new IllegalArgumentException("scale must be an integer of at least 2, got " + scale);
        }
        FitSettings settings = EngineDialog.read(gd, SuperResolutionTask.defaults(), Set.of(), dialogTitle());
        if (settings == null) {
            return null;
        }
        ImagePlus truth = GroundTruthChoice.read(gd);
        RunOptions options = OutputFields.read(gd, ModelFileField.read(gd), true);
        return TaskRunner.run(input, SuperResolutionTask.NAME, scale,
                SuperResolutionCommand.planeTask(settings, scale, truth, input.getStackSize()), options, () -> false);
    }
}
