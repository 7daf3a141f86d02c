package org.reluinr.commands;

import java.io.File;
import java.nio.file.Path;

import ij.ImagePlus;

import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.SettingHelp;
import org.reluinr.fiji.PlaneTask;
import org.reluinr.fiji.RunOptions;
import org.reluinr.fiji.TaskRunner;

/**
 * The network and training parameters every fitting command shares, one per
 * {@link org.reluinr.core.fit.Setting} under its key and help (EngineCommandTest checks that
 * they match), and the run all of them do: the task plane by plane into a new image.
 * Settings that change results are not persisted, so a script never inherits a dialog's values.
 */
public abstract class EngineCommand extends ImageCommand {

    private static final FitSettings DEFAULTS = FitSettings.builder().build();

    @Parameter(label = "iterations", description = SettingHelp.ITERATIONS, min = "1", persist = false)
    int iterations = DEFAULTS.iterations();

    @Parameter(label = "c", description = SettingHelp.C, min = "0.001", persist = false)
    double c = DEFAULTS.c();

    @Parameter(label = "tv_weight", description = SettingHelp.TV_WEIGHT, persist = false)
    String tv_weight = DEFAULTS.tvWeightText();

    @Parameter(label = "path_norm_weight", description = SettingHelp.PATH_NORM_WEIGHT, min = "0", persist = false)
    double path_norm_weight = DEFAULTS.pathNormWeight();

    @Parameter(label = "width", description = SettingHelp.WIDTH, min = "1", persist = false)
    int width = DEFAULTS.width();

    @Parameter(label = "hidden_layers", description = SettingHelp.HIDDEN_LAYERS, min = "1", persist = false)
    int hidden_layers = DEFAULTS.hiddenLayers();

    @Parameter(label = "learning_rate", description = SettingHelp.LEARNING_RATE, min = "1e-8", max = "1",
            stepSize = "0.0005", persist = false)
    double learning_rate = DEFAULTS.learningRate();

    @Parameter(label = "seed", description = SettingHelp.SEED, persist = false)
    long seed = DEFAULTS.seed();

    @Parameter(label = "stop_loss", description = SettingHelp.STOP_LOSS, min = "0", persist = false)
    double stop_loss = DEFAULTS.stopLoss();

    @Parameter(label = "weight_decay", description = SettingHelp.WEIGHT_DECAY, min = "0", persist = false)
    double weight_decay = DEFAULTS.weightDecay();

    @Parameter(label = "batch_size", description = SettingHelp.BATCH_SIZE, min = "0", persist = false)
    int batch_size = DEFAULTS.batchSize();

    @Parameter(label = "activation", description = SettingHelp.ACTIVATION,
            choices = {"bw_relu", "relu", "relu_pe", "siren", "gauss", "wire"}, persist = false)
    String activation = DEFAULTS.activation();

    @Parameter(label = "omega0", description = SettingHelp.OMEGA0, min = "0", persist = false)
    double omega0 = DEFAULTS.omega0();

    @Parameter(label = "sigma0", description = SettingHelp.SIGMA0, min = "0.001", persist = false)
    double sigma0 = DEFAULTS.sigma0();

    @Parameter(label = "linear_layers", description = SettingHelp.LINEAR_LAYERS, persist = false)
    boolean linear_layers = DEFAULTS.linearLayers();

    @Parameter(label = "learn_c", description = SettingHelp.LEARN_C, persist = false)
    boolean learn_c = DEFAULTS.learnC();

    @Parameter(label = "precision", description = SettingHelp.PRECISION, choices = {"fp32", "bf16_backward", "bf16"},
            persist = false)
    String precision = DEFAULTS.precision();

    @Parameter(label = "model_file", description = "Also save the fitted model (.inr) to this file, to render later",
            required = false, style = FileWidget.SAVE_STYLE, persist = false)
    File model_file;

    @Parameter(label = "show_plot", description = "Plot the loss at each iteration", persist = false)
    boolean show_plot;

    @Parameter(label = "preview", description = "Show the image and the loss while training", persist = false)
    boolean preview;

    /** Starts from a task's own recommended settings instead of the general defaults. */
    void useDefaults(FitSettings defaults) {
        iterations = defaults.iterations();
        c = defaults.c();
        tv_weight = defaults.tvWeightText();
        path_norm_weight = defaults.pathNormWeight();
        width = defaults.width();
        hidden_layers = defaults.hiddenLayers();
        learning_rate = defaults.learningRate();
        seed = defaults.seed();
        stop_loss = defaults.stopLoss();
        weight_decay = defaults.weightDecay();
        batch_size = defaults.batchSize();
        activation = defaults.activation();
        omega0 = defaults.omega0();
        sigma0 = defaults.sigma0();
        linear_layers = defaults.linearLayers();
        learn_c = defaults.learnC();
        precision = defaults.precision();
    }

    /** Short task name for the output title. */
    abstract String taskName();

    /** Output pixels per input pixel along x and y. */
    int scale() {
        return 1;
    }

    /** Validates the task's own parameters and binds them and the settings into a plane task. */
    abstract PlaneTask planeTask(FitSettings settings);

    @Override
    ImagePlus compute() {
        return run(settings(), model_file == null ? null : model_file.toPath());
    }

    /** The settings the fields hold. */
    FitSettings settings() {
        return FitSettings.builder().iterations(iterations).c(c).tvWeight(FitSettings.parseTvWeight(tv_weight))
                .pathNormWeight(path_norm_weight).width(width).hiddenLayers(hidden_layers).learningRate(learning_rate)
                .seed(seed).stopLoss(stop_loss).weightDecay(weight_decay).batchSize(batch_size).activation(activation)
                .omega0(omega0).sigma0(sigma0).linearLayers(linear_layers).learnC(learn_c).precision(precision)
                .build();
    }

    /** Runs the task on each plane of the image. */
    ImagePlus run(FitSettings settings, Path modelFile) {
        return TaskRunner.run(image, taskName(), scale(), planeTask(settings), options(modelFile), this::isCanceled);
    }

    RunOptions options(Path modelFile) {
        return new RunOptions(show_plot, preview, modelFile, output32bit());
    }

    /** Whether the result stays 32-bit rather than taking an 8/16-bit or RGB input's type (CT: always). */
    boolean output32bit() {
        return true;
    }
}
