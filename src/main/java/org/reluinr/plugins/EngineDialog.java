package org.reluinr.plugins;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.nn.Activations;

/**
 * The network and training fields every task's dialog shows. Each label is the snake_case
 * key, because ImageJ 1.x records and reads macro keys from the labels.
 */
final class EngineDialog {

    static final List<String> KEYS = List.of("width", "hidden_layers", "c", "learning_rate", "iterations", "seed",
            "stop_loss", "path_norm_weight", "weight_decay", "batch_size", "tv_weight", "activation", "omega0", "sigma0", "linear_layers",
            "learn_c");

    private EngineDialog() {
    }

    /** The engine's keys followed by a task's own, in dialog order. */
    static Set<String> keysWith(String... taskKeys) {
        Set<String> all = new LinkedHashSet<>(KEYS);
        all.addAll(List.of(taskKeys));
        return all;
    }

    /** Adds the fields with a task's defaults (never the last dialog's values: those change results). */
    static void add(GenericDialog gd, FitSettings d) {
        add(gd, d, Set.of());
    }

    /**
     * Adds the fields except {@code setByCommand} (c, learning_rate or activation), which a
     * command that sets them itself leaves out.
     */
    static void add(GenericDialog gd, FitSettings d, Set<String> setByCommand) {
        gd.addNumericField("width", d.width(), 0);
        gd.addNumericField("hidden_layers", d.hiddenLayers(), 0);
        if (!setByCommand.contains("c")) {
            gd.addNumericField("c", d.c(), 2);
        }
        if (!setByCommand.contains("learning_rate")) {
            gd.addNumericField("learning_rate", d.learningRate(), 5, 10, null);
        }
        gd.addNumericField("iterations", d.iterations(), 0);
        gd.addNumericField("seed", d.seed(), 0);
        gd.addNumericField("stop_loss", d.stopLoss(), 8, 10, "(0: off)");
        gd.addNumericField("path_norm_weight", d.pathNormWeight(), 8, 10, "(0: off)");
        gd.addNumericField("weight_decay", d.weightDecay(), 8, 10, "(0: off)");
        gd.addNumericField("batch_size", d.batchSize(), 0, 10, "(0: full batch)");
        gd.addStringField("tv_weight", d.tvWeightText(), 8);
        if (!setByCommand.contains("activation")) {
            gd.addChoice("activation", Activations.NAMES.toArray(new String[0]), d.activation());
        }
        gd.addNumericField("omega0", d.omega0(), 2, 10, "(siren, wire; 0: default)");
        gd.addNumericField("sigma0", d.sigma0(), 2, 10, "(gauss, wire)");
        gd.addCheckbox("linear_layers", d.linearLayers());
        gd.addCheckbox("learn_c", d.learnC());
    }

    /** Reads the fields back in order; a value that is not a number, or out of range, throws naming the key. */
    static FitSettings read(GenericDialog gd) {
        return read(gd, FitSettings.builder().build(), Set.of());
    }

    /** Reads the fields that {@link #add(GenericDialog, FitSettings, Set)} added; the others keep the defaults' values. */
    static FitSettings read(GenericDialog gd, FitSettings d, Set<String> setByCommand) {
        return d.toBuilder()
                .width(DialogPlugin.integer(gd, "width"))
                .hiddenLayers(DialogPlugin.integer(gd, "hidden_layers"))
                .c(setByCommand.contains("c") ? d.c() : DialogPlugin.number(gd, "c"))
                .learningRate(setByCommand.contains("learning_rate") ? d.learningRate()
                        : DialogPlugin.number(gd, "learning_rate"))
                .iterations(DialogPlugin.integer(gd, "iterations"))
                .seed(DialogPlugin.integer(gd, "seed"))
                .stopLoss(DialogPlugin.number(gd, "stop_loss"))
                .pathNormWeight(DialogPlugin.number(gd, "path_norm_weight"))
                .weightDecay(DialogPlugin.number(gd, "weight_decay"))
                .batchSize(DialogPlugin.integer(gd, "batch_size"))
                .tvWeight(FitSettings.parseTvWeight(gd.getNextString()))
                .activation(setByCommand.contains("activation") ? d.activation() : gd.getNextChoice())
                .omega0(DialogPlugin.number(gd, "omega0"))
                .sigma0(DialogPlugin.number(gd, "sigma0"))
                .linearLayers(gd.getNextBoolean())
                .learnC(gd.getNextBoolean())
                .build();
    }
}
