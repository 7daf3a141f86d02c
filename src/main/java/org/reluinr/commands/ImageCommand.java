package org.reluinr.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;

import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.Messages;

/**
 * What every ReLU-INR command shares: an input image (the active one when not given), a new
 * output image, and refusals and failures reported as one message and as the command's cancel reason.
 */
public abstract class ImageCommand extends ContextCommand {

    @Parameter(label = "image", description = "Input image (the active image when not given)")
    ImagePlus image;

    @Parameter(type = ItemIO.OUTPUT, label = "result")
    ImagePlus result;

    /** The command's menu-style name, for messages. */
    abstract String commandName();

    /** Validates the parameters and computes the output from {@link #image}. */
    abstract ImagePlus compute();

    @Override
    public void run() {
        Messages.startRun();
        try {
            TaskRunner.requireImage(image);
            result = compute();
        } catch (Throwable e) {
            CommandFailures.report(this, commandName(), image, e);
        }
    }

    /** The output image (null when the run was refused). */
    public ImagePlus result() {
        return result;
    }
}
