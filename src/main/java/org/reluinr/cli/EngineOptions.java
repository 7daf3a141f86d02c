package org.reluinr.cli;

import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.fit.FitSettings;

/** The network and training options every fitting task shares, and their defaults. */
final class EngineOptions {

    private EngineOptions() {
    }

    static List<Option> options(FitSettings defaults) {
        return List.of(
                new Option("activation", defaults.activation(), "bw_relu (the paper's), or a baseline: relu, relu_pe "
                        + "(ReLU on NeRF's positional encoding, frequencies by the Nyquist rule), siren (sin(omega0·z), "
                        + "SIREN's initialisation), gauss (exp(-(sigma0·z)²)), wire (complex Gabor exp(i·omega0·z - |sigma0·z|²), "
                        + "complex weights after the first layer, width/√2 complex neurons, real part as output)"),
                new Option("width", String.valueOf(defaults.width()), "neurons per hidden layer"),
                new Option("hidden_layers", String.valueOf(defaults.hiddenLayers()), "number of Linear → BW-ReLU blocks"),
                new Option("linear_layers", String.valueOf(defaults.linearLayers()),
                        "true: each block is Linear → activation → Linear, the paper's architecture for the path norm"),
                new Option("c", String.valueOf(defaults.c()), FitSettings.C_HELP),
                new Option("learn_c", String.valueOf(defaults.learnC()),
                        "true: train c with the weights, starting from --c (bw_relu only)"),
                new Option("omega0", String.valueOf(defaults.omega0()), "SIREN's and WIRE's frequency ω₀; 0: the activation's default (siren 30, wire 20)"),
                new Option("sigma0", String.valueOf(defaults.sigma0()), "the Gaussian's and WIRE's σ₀ (WIRE's published default 10)"),
                new Option("learning_rate", String.valueOf(defaults.learningRate()),
                        "Adam learning rate at the start; it decays to a tenth by the last iteration"),
                new Option("iterations", String.valueOf(defaults.iterations()), "full-batch training iterations"),
                new Option("seed", String.valueOf(defaults.seed()), "random seed of the weight initialisation"),
                new Option("stop_loss", String.valueOf(defaults.stopLoss()),
                        "stop once the data loss is at or below this value (0: run all iterations)"),
                new Option("path_norm_weight", String.valueOf(defaults.pathNormWeight()),
                        FitSettings.PATH_NORM_WEIGHT_HELP),
                new Option("weight_decay", String.valueOf(defaults.weightDecay()),
                        "L2 weight decay as in PyTorch's Adam (0: off)"),
                new Option("tv_weight", defaults.tvWeightText(), FitSettings.TV_WEIGHT_HELP),
                new Option("batch_size", String.valueOf(defaults.batchSize()), "measurements per Adam step (fit and "
                        + "superres); an iteration is then one pass over all of them in random batches (0: full batch)"));
    }

    static List<Option> with(FitSettings defaults, Option... more) {
        List<Option> all = new ArrayList<>(options(defaults));
        all.addAll(List.of(more));
        return all;
    }

    static FitSettings settings(CommandLine cl) {
        return settings(cl, cl.number("c"));
    }

    /** The settings with c given by the caller (select-c sets c itself). */
    static FitSettings settings(CommandLine cl, double c) {
        return FitSettings.builder()
                .activation(cl.string("activation"))
                .omega0(cl.number("omega0"))
                .sigma0(cl.number("sigma0"))
                .width(cl.integer("width"))
                .hiddenLayers(cl.integer("hidden_layers"))
                .linearLayers(cl.bool("linear_layers"))
                .learnC(cl.bool("learn_c"))
                .c(c)
                .learningRate(cl.number("learning_rate"))
                .iterations(cl.integer("iterations"))
                .seed(cl.longValue("seed"))
                .stopLoss(cl.number("stop_loss"))
                .pathNormWeight(cl.number("path_norm_weight"))
                .weightDecay(cl.number("weight_decay"))
                .batchSize(cl.integer("batch_size"))
                .tvWeight(ClassicalOptions.tvWeight(cl))
                .build();
    }
}
