package org.reluinr.commands;

import java.io.File;
import java.nio.file.Path;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import org.reluinr.fiji.ModelRendering;
import org.reluinr.imagej.Messages;

/** Renders a saved model at any size and region (menu entry: plugins.config, "Render INR Model..."). */
@Plugin(type = Command.class, headless = true, label = "Render INR Model",
        description = "Sample a saved ReLU-INR model on a grid of any size over any region")
public class RenderModelCommand extends ContextCommand {

    static final String COMMAND = "Render INR Model";

    @Parameter(label = "model_file", description = "A model saved by a ReLU-INR command (.inr)",
            style = FileWidget.OPEN_STYLE, persist = false)
    File model_file;

    @Parameter(label = "width", description = "Pixels along x; 0: the training width", min = "0", persist = false)
    int width;

    @Parameter(label = "height", description = "Pixels along y; 0: the training height", min = "0", persist = false)
    int height;

    @Parameter(label = "depth", description = "Slices of a volume model; 0: the training depth", min = "0",
            persist = false)
    int depth;

    @Parameter(label = "isotropic", description = "As many slices as make the voxels as deep as they are wide"
            + " (volume models; instead of depth)", persist = false)
    boolean isotropic;

    @Parameter(label = "region", description = "x0,y0,x1,y1 (volumes x0,y0,z0,x1,y1,z1) in training pixels; empty:"
            + " all", required = false, persist = false)
    String region = "";

    @Parameter(type = ItemIO.OUTPUT, label = "result")
    ImagePlus result;

    @Override
    public void run() {
        Messages.startRun();
        try {
            Path file = model_file == null ? null : model_file.toPath();
            result = ModelRendering.render(file, width, height, depth, region, isotropic);
        } catch (Throwable e) {
            CommandFailures.report(this, COMMAND, null, e);
        }
    }
}
