package org.reluinr.plugins;

import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.SuperResolutionCommand;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RunEstimate;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.ImagePlusConverter;

/** Plugins &gt; ReLU-INR &gt; Super-Resolution...: each plane upscaled by an INR. */
public class SuperResolutionPlugin extends DialogPlugin {

    public SuperResolutionPlugin() {
        super("Super-Resolution...", EngineDialog.keysWith("scale", GroundTruthChoice.KEY, ModelFileField.KEY,
                OutputFields.OUTPUT_32BIT, OutputFields.SHOW_PLOT, OutputFields.PREVIEW));
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        gd.addNumericField("scale", 4, 0, 4, "output pixels per input pixel, along x and y");
        scaleField = EstimateLine.lastNumber(gd);
        EngineDialog.addMain(gd, SuperResolutionTask.defaults(), estimate(input));
        GroundTruthChoice.add(gd);
        ModelFileField.add(gd);
        OutputFields.add(gd, true);
    }

    /** The scale field's current value, for the estimate. */
    private DoubleSupplier scaleField;

    private Function<FitSettings, String> estimate(ImagePlus input) {
        return s -> RunEstimate.superResolution(input.getWidth(), input.getHeight(), ImagePlusConverter.channels(input),
                input.getStackSize(), SuperResolutionTask.requireScale(DialogPlugin.whole(scaleField.getAsDouble(), "scale")), s);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        int scale = SuperResolutionTask.requireScale(integer(gd, "scale"));
        FitSettings settings = EngineDialog.read(gd, SuperResolutionTask.defaults(), Set.of(), dialogTitle(),
                estimate(input));
        if (settings == null) {
            return null;
        }
        ImagePlus truth = GroundTruthChoice.read(gd);
        RunOptions options = OutputFields.read(gd, ModelFileField.read(gd), true);
        return TaskRunner.run(input, SuperResolutionTask.NAME, scale,
                SuperResolutionCommand.planeTask(settings, scale, truth, input.getStackSize()), options, () -> false);
    }
}
