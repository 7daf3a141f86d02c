package org.reluinr.plugins;

import java.util.Set;
import java.util.function.Function;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.CtReconstructionCommand;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RunEstimate;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;

/** Plugins &gt; ReLU-INR &gt; CT Reconstruction...: an INR whose Radon transform matches the sinogram. */
public class CtReconstructionPlugin extends DialogPlugin {

    public CtReconstructionPlugin() {
        super("CT Reconstruction...", EngineDialog.keysWith(AngleFields.RANGE, AngleFields.LIST, GroundTruthChoice.KEY,
                ModelFileField.KEY, OutputFields.SHOW_PLOT, OutputFields.PREVIEW));
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        AngleFields.add(gd);
        EngineDialog.addMain(gd, CtTask.defaults(), estimate(input));
        GroundTruthChoice.add(gd);
        ModelFileField.add(gd);
        OutputFields.add(gd, false);
    }

    /** A sinogram's rows are its angles and its columns the detector bins. */
    private static Function<FitSettings, String> estimate(ImagePlus sinogram) {
        return s -> RunEstimate.ct(sinogram.getWidth(), sinogram.getHeight(), sinogram.getStackSize(), s);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        double range = number(gd, AngleFields.RANGE);
        String list = gd.getNextString();
        FitSettings settings = EngineDialog.read(gd, CtTask.defaults(), Set.of(), dialogTitle(), estimate(input));
        if (settings == null) {
            return null;
        }
        ImagePlus truth = GroundTruthChoice.read(gd);
        RunOptions options = OutputFields.read(gd, ModelFileField.read(gd), false);
        return TaskRunner.run(input, CtTask.NAME, 1,
                CtReconstructionCommand.planeTask(input, settings, range, list, truth), options, () -> false);
    }
}
