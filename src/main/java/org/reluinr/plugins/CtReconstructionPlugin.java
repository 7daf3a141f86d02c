package org.reluinr.plugins;

import java.nio.file.Path;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.CtReconstructionCommand;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.fiji.Angles;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;

/** Plugins &gt; ReLU-INR &gt; CT Reconstruction...: an INR whose Radon transform matches the sinogram. */
public class CtReconstructionPlugin extends DialogPlugin {

    public CtReconstructionPlugin() {
        super("CT Reconstruction...", EngineDialog.keysWith("angle_range", "angle_list", GroundTruthChoice.KEY, ModelFileField.KEY,
                "show_plot"));
    }

    @Override
    void addFields(GenericDialog gd) {
        EngineDialog.add(gd, CtTask.defaults());
        gd.addNumericField("angle_range", Angles.DEFAULT_RANGE, 2);
        gd.addStringField("angle_list", "", 30);
        GroundTruthChoice.add(gd);
        ModelFileField.add(gd);
        gd.addCheckbox("show_plot", false);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        FitSettings settings = EngineDialog.read(gd);
        double range = number(gd, "angle_range");
        String list = gd.getNextString();
        ImagePlus truth = GroundTruthChoice.read(gd);
        Path modelFile = ModelFileField.read(gd);
        boolean showPlot = gd.getNextBoolean();
        return TaskRunner.run(input, CtTask.NAME, 1,
                CtReconstructionCommand.planeTask(input, settings, range, list, truth),
                new RunOptions(showPlot, modelFile, true), () -> false);
    }
}
