package org.reluinr.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.fiji.PlaneTask;
import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.Messages;

/**
 * The parameters every task command shares, under the command line's snake_case names, and
 * the run that all of them do: validate, run the task plane by plane, output a new image.
 * Settings that change results are not persisted, so a script never inherits a dialog's values.
 */
public abstract class EngineCommand extends ContextCommand {

    private static final FitSettings DEFAULTS = FitSettings.builder().build();

    @Parameter(label = "image", description = "Input image (the active image when not given)")
    ImagePlus image;

    @Parameter(label = "width", description = "Neurons per hidden layer", min = "1", persist = false)
    int width = DEFAULTS.width();

    @Parameter(label = "hidden_layers", description = "Number of Linear → BW-ReLU blocks", min = "1", persist = false)
    int hidden_layers = DEFAULTS.hiddenLayers();

    @Parameter(label = "c", description = "BW-ReLU scale: larger c resolves finer detail", min = "0.001",
            persist = false)
    double c = DEFAULTS.c();

    @Parameter(label = "learning_rate", description = "Adam learning rate at the start (decays to a tenth)",
            min = "1e-8", max = "1", stepSize = "0.0005", persist = false)
    double learning_rate = DEFAULTS.learningRate();

    @Parameter(label = "iterations", description = "Full-batch training iterations", min = "1", persist = false)
    int iterations = DEFAULTS.iterations();

    @Parameter(label = "seed", description = "Random seed of the weight initialisation", persist = false)
    long seed = DEFAULTS.seed();

    @Parameter(label = "show_plot", description = "Plot the loss at each iteration", persist = false)
    boolean show_plot;

    @Parameter(type = ItemIO.OUTPUT, label = "result")
    ImagePlus result;

    /** The command's menu-style name, for messages. */
    abstract String commandName();

    /** Short task name for the output title. */
    abstract String taskName();

    /** Output pixels per input pixel along x and y. */
    int scale() {
        return 1;
    }

    /** Validates the task's own parameters and binds them and the settings into a plane task. */
    abstract PlaneTask planeTask(FitSettings settings);

    @Override
    public void run() {
        try {
            FitSettings settings = FitSettings.builder().width(width).hiddenLayers(hidden_layers).c(c)
                    .learningRate(learning_rate).iterations(iterations).seed(seed).build();
            result = TaskRunner.run(image, taskName(), scale(), planeTask(settings), show_plot, this::isCanceled);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.error(commandName(), e.getMessage());
            cancel(e.getMessage());
        }
    }

    /** The output image (null when the run was refused). */
    public ImagePlus result() {
        return result;
    }
}
