package org.reluinr.commands;

import ij.ImagePlus;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.reluinr.api.SuperResolution;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.fiji.PlaneTask;
import org.reluinr.fiji.TaskRunner;

/** Super-resolution of each plane by an INR (menu entry: plugins.config). */
@Plugin(type = Command.class, headless = true, label = "Super-Resolution",
        description = "An image scale times larger whose scale×scale block averages match the input")
public class SuperResolutionCommand extends EngineCommand {

    @Parameter(label = "scale", description = "Integer upscaling factor", min = "2", persist = false)
    int scale = 4;

    @Parameter(label = "ground_truth", description = "The true high-resolution image, for PSNR and SSIM only",
            required = false, persist = false)
    ImagePlus ground_truth;

    @Parameter(label = "output_32bit", description = "Keep the result 32-bit instead of the input's 8-bit, 16-bit or"
            + " RGB type", persist = false)
    boolean output_32bit;

    public SuperResolutionCommand() {
        useDefaults(SuperResolutionTask.defaults());
    }

    @Override
    String commandName() {
        return "Super-Resolution";
    }

    @Override
    String taskName() {
        return SuperResolutionTask.NAME;
    }

    @Override
    boolean output32bit() {
        return output_32bit;
    }

    @Override
    int scale() {
        return scale;
    }

    @Override
    PlaneTask planeTask(FitSettings settings) {
        return planeTask(settings, scale, ground_truth, image.getStackSize());
    }

    /** Shared with the ImageJ 1.x menu command. */
    public static PlaneTask planeTask(FitSettings settings, int scale, ImagePlus groundTruth, int inputPlanes) {
        return (k, plane, listener, cancel) -> SuperResolution.upscale(plane, scale, settings,
                TaskRunner.groundTruthPlane(groundTruth, k, inputPlanes), listener, cancel);
    }
}
