package org.reluinr.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.fiji.PlaneTask;

/**
 * Fits an INR to each plane of an image. No menu path: the menu entry is the ImageJ 1.x
 * one in plugins.config (one label per entry); scripts run this through CommandService.
 */
@Plugin(type = Command.class, headless = true, label = "Fit INR",
        description = "Fit a BW-ReLU implicit neural representation to an image")
public class FitInrCommand extends EngineCommand {

    @Override
    String commandName() {
        return "Fit INR";
    }

    @Override
    String taskName() {
        return RepresentationTask.NAME;
    }

    @Override
    PlaneTask planeTask(FitSettings settings) {
        return (k, plane, listener, cancel) -> FitInr.fit(plane, settings, listener, cancel);
    }
}
