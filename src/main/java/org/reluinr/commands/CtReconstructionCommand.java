package org.reluinr.commands;

import ij.ImagePlus;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.reluinr.api.CtReconstruction;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.fiji.Angles;
import org.reluinr.fiji.PlaneTask;
import org.reluinr.fiji.TaskRunner;

/** CT reconstruction of one sinogram by an INR (menu entry: plugins.config). */
@Plugin(type = Command.class, headless = true, label = "CT Reconstruction",
        description = "An n×n image whose Radon transform matches the sinogram (one row per angle, n bins)")
public class CtReconstructionCommand extends EngineCommand {

    static final String COMMAND = "CT Reconstruction";

    @Parameter(label = "angle_range", description = "The rows are angles evenly spaced over [0, angle_range) degrees",
            min = "0.001", persist = false)
    double angle_range = Angles.DEFAULT_RANGE;

    @Parameter(label = "angle_list", description = "Explicit angles in degrees, one per row", required = false,
            persist = false)
    String angle_list = "";

    @Parameter(label = "ground_truth", description = "The true n×n image, for PSNR and SSIM only", required = false,
            persist = false)
    ImagePlus ground_truth;

    public CtReconstructionCommand() {
        useDefaults(CtTask.defaults());
    }

    @Override
    String commandName() {
        return COMMAND;
    }

    @Override
    String taskName() {
        return CtTask.NAME;
    }

    @Override
    PlaneTask planeTask(FitSettings settings) {
        return planeTask(image, settings, angle_range, angle_list, ground_truth);
    }

    /** Shared with the ImageJ 1.x menu command; refuses a stack of sinograms. */
    public static PlaneTask planeTask(ImagePlus sinogram, FitSettings settings, double angleRange, String angleList,
            ImagePlus groundTruth) {
        TaskRunner.requireSinglePlane(sinogram, COMMAND);
        double[] degrees = Angles.resolve(angleList, sinogram.getHeight(), angleRange);
        return (k, plane, listener, cancel) -> CtReconstruction.reconstruct(plane, degrees, settings,
                TaskRunner.groundTruthPlane(groundTruth, k, 1), listener, cancel);
    }
}
