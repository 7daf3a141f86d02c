package org.reluinr.plugins;

import java.util.List;

import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;

/**
 * The network and training fields every task's dialog shows. Each label is the snake_case
 * key, because ImageJ 1.x records and reads macro keys from the labels.
 */
final class EngineDialog {

    static final List<String> KEYS = List.of("width", "hidden_layers", "c", "learning_rate", "iterations", "seed");

    private EngineDialog() {
    }

    /** Adds the fields with the built-in defaults (never the last dialog's values: those change results). */
    static void add(GenericDialog gd) {
        FitSettings d = FitSettings.builder().build();
        gd.addNumericField("width", d.width(), 0);
        gd.addNumericField("hidden_layers", d.hiddenLayers(), 0);
        gd.addNumericField("c", d.c(), 2);
        gd.addNumericField("learning_rate", d.learningRate(), 5, 10, null);
        gd.addNumericField("iterations", d.iterations(), 0);
        gd.addNumericField("seed", d.seed(), 0);
    }

    /** Reads the fields back in order; a value that is not a number, or out of range, throws naming the key. */
    static FitSettings read(GenericDialog gd) {
        return FitSettings.builder()
                .width(integer(gd, "width"))
                .hiddenLayers(integer(gd, "hidden_layers"))
                .c(number(gd, "c"))
                .learningRate(number(gd, "learning_rate"))
                .iterations(integer(gd, "iterations"))
                .seed(integer(gd, "seed"))
                .build();
    }

    private static double number(GenericDialog gd, String key) {
        double v = gd.getNextNumber();
        if (gd.invalidNumber()) {
            throw new IllegalArgumentException(key + " is not a number; give e.g. " + key + "=" + example(key));
        }
        return v;
    }

    private static int integer(GenericDialog gd, String key) {
        double v = number(gd, key);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + v);
        }
        return (int) v;
    }

    private static String example(String key) {
        return FitSettings.builder().build().asMap().get(key).toString();
    }
}
