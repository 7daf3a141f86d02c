package org.reluinr.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.reluinr.core.classical.TvWeightChoice;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.operators.MeasurementSplit;

/** The options and metrics shared by the classical-baseline commands recon and upscale. */
final class ClassicalOptions {

    static final Option ITERATIONS = new Option("iterations", null,
            "iterations of the chosen method (default: the method's own, see the README)");
    static final Option TV_WEIGHT = new Option("tv_weight", "auto",
            "TV weight λ, or auto: chosen on " + Math.round(100 * MeasurementSplit.DEFAULT_HELD_OUT)
                    + "% held-out measurements (never on a ground truth)");
    static final Option SEED = new Option("seed", "0", "seed of the held-out split for --tv_weight auto");
    static final Option GROUND_TRUTH = new Option("ground_truth", null, "the true image, for metrics only");

    private ClassicalOptions() {
    }

    /** One of {@code methods} (the option's value), else a usage error listing them. */
    static String method(CommandLine cl, String... methods) {
        String m = cl.string("method").trim().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(methods).contains(m)) {
            throw new UsageException("unknown --method '" + cl.string("method") + "'; use " + String.join(", ", methods));
        }
        return m;
    }

    /** --iterations, or the method's default; at least 1. */
    static int iterations(CommandLine cl, int methodDefault) {
        if (!cl.has("iterations")) {
            return methodDefault;
        }
        int n = cl.integer("iterations");
        if (n < 1) {
            throw new UsageException("--iterations must be at least 1, got " + n);
        }
        return n;
    }

    /** The fixed TV weight, or {@link FitSettings#AUTO} for auto. */
    static double tvWeight(CommandLine cl) {
        try {
            return FitSettings.parseTvWeight(cl.string("tv_weight"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    /** The weight choice's figures under {@code prefix}. */
    static void putChoice(Map<String, Object> metrics, String prefix, TvWeightChoice choice) {
        metrics.put(prefix + "tv_weight", choice.weight());
        metrics.put(prefix + "tv_weight_scale", choice.scale());
        metrics.put(prefix + "tv_candidates", choice.candidates());
        metrics.put(prefix + "held_out_errors", choice.heldOutErrors());
    }
}
