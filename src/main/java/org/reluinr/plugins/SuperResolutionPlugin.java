package org.reluinr.plugins;

import java.nio.file.Path;

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
                FitInrPlugin.OUTPUT_32BIT, "show_plot"));
    }

    @Override
    void addFields(GenericDialog gd) {
        EngineDialog.add(gd, SuperResolutionTask.defaults());
        gd.addNumericField("scale", 4, 0);
        GroundTruthChoice.add(gd);
        ModelFileField.add(gd);
        gd.addCheckbox(FitInrPlugin.OUTPUT_32BIT, false);
        gd.addCheckbox("show_plot", false);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        FitSettings settings = EngineDialog.read(gd);
        int scale = integer(gd, "scale");
        if (scale < 2) {
            throw new IllegalArgumentException("scale must be an integer of at least 2, got " + scale);
        }
        ImagePlus truth = GroundTruthChoice.read(gd);
        Path modelFile = ModelFileField.read(gd);
        boolean output32bit = gd.getNextBoolean();
        RunOptions options = new RunOptions(gd.getNextBoolean(), modelFile, output32bit);
        return TaskRunner.run(input, SuperResolutionTask.NAME, scale,
                SuperResolutionCommand.planeTask(settings, scale, truth, input.getStackSize()), options, () -> false);
    }
}
