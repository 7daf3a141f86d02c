package org.reluinr.plugins;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.RunEstimate;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.ImagePlusConverter;

/** Plugins &gt; ReLU-INR &gt; Fit INR...: fits an INR to each plane of the active image. */
public class FitInrPlugin extends DialogPlugin {

    static final Set<String> KEYS = EngineDialog.keysWith("dimensions", ModelFileField.KEY, OutputFields.OUTPUT_32BIT,
            OutputFields.SHOW_PLOT, OutputFields.PREVIEW);

    public FitInrPlugin() {
        super("Fit INR...", KEYS);
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        gd.addChoice("dimensions", new String[] {"2", "3"}, "2");
        Supplier<String> dimensions = EstimateLine.lastChoice(gd, "2");
        gd.addMessage("dimensions 2: each plane on its own; 3: a z-stack or time series as one 3D INR\n"
                + "(tv_weight auto chooses c, up to the one given, by the stack's held-out slices)");
        EngineDialog.addMain(gd, RepresentationTask.defaults(), estimate(input, () -> dimensions.get().equals("3")));
        ModelFileField.add(gd);
        OutputFields.add(gd, true);
    }

    /** @param volume whether the stack is fitted as one volume (dimensions 3) or plane by plane */
    private static Function<FitSettings, String> estimate(ImagePlus input, BooleanSupplier volume) {
        int channels = ImagePlusConverter.channels(input);
        return s -> volume.getAsBoolean()
                ? RunEstimate.fitVolume(input.getWidth(), input.getHeight(), ImagePlusConverter.volumeDepth(input),
                        channels, s)
                : RunEstimate.fit(input.getWidth(), input.getHeight(), channels, input.getStackSize(), s);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        boolean volume = gd.getNextChoice().equals("3");
        FitSettings settings = EngineDialog.read(gd, RepresentationTask.defaults(), Set.of(), dialogTitle(),
                estimate(input, () -> volume));
        if (settings == null) {
            return null;
        }
        RunOptions options = OutputFields.read(gd, ModelFileField.read(gd), true);
        if (volume) {
            return TaskRunner.fitVolume(input, settings, options, () -> false);
        }
        return TaskRunner.run(input, RepresentationTask.NAME, 1,
                (k, plane, listener, cancel) -> FitInr.fit(plane, settings, listener, cancel), options, () -> false);
    }
}
