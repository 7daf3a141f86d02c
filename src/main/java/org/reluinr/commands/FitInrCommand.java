package org.reluinr.commands;

import java.nio.file.Path;

import ij.ImagePlus;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.fiji.PlaneTask;
import org.reluinr.fiji.TaskRunner;

/**
 * Fits an INR to each plane of an image. No menu path: the menu entry is the ImageJ 1.x
 * one in plugins.config (one label per entry); scripts run this through CommandService.
 */
@Plugin(type = Command.class, headless = true, label = "Fit INR",
        description = "Fit a BW-ReLU implicit neural representation to an image")
public class FitInrCommand extends EngineCommand {

    public FitInrCommand() {
        useDefaults(RepresentationTask.defaults());
    }

    @Override
    String commandName() {
        return "Fit INR";
    }

    @Override
    String taskName() {
        return RepresentationTask.NAME;
    }

    @Parameter(label = "dimensions", description = "2: each plane on its own; 3: a z-stack or time series as one 3D INR"
            + " (z scaled by the voxel depth)", choices = {"2", "3"}, persist = false)
    String dimensions = "2";

    @Parameter(label = "output_32bit", description = "Keep the result 32-bit instead of the input's 8-bit, 16-bit or"
            + " RGB type", persist = false)
    boolean output_32bit;

    @Override
    boolean output32bit() {
        return output_32bit;
    }

    @Override
    ImagePlus run(FitSettings settings, Path modelFile) {
        if (dimensions.equals("3")) {
            return TaskRunner.fitVolume(image, settings, options(modelFile), this::isCanceled);
        }
        return super.run(settings, modelFile);
    }

    @Override
    PlaneTask planeTask(FitSettings settings) {
        return (k, plane, listener, cancel) -> FitInr.fit(plane, settings, listener, cancel);
    }
}
