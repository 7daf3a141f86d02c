package org.reluinr.core.fit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reluinr.core.nn.Activation;
import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.BwRelu;
import org.reluinr.core.nn.Gauss;
import org.reluinr.core.nn.Precision;

/**
 * Everything that determines a fit besides the data, one component per {@link Setting} in its
 * order; build with {@link #builder()}. Every value is checked on construction, with a message
 * naming the key.
 *
 * @param iterations full-batch training iterations
 * @param c BW-ReLU's scale
 * @param tvWeight λ of the image prior λ · TV(f) on the network's output on the grid, in the
 *        units of the classical problem ½‖A f − y‖² + λ TV(f) on [0, 1] intensities; 0 means
 *        none, {@link #AUTO} that the task chooses it
 * @param pathNormWeight λ of the regulariser λ · path norm added to the loss; 0 means none
 * @param width neurons per hidden layer
 * @param hiddenLayers number of Linear → activation blocks
 * @param learningRate Adam's learning rate at the start
 * @param seed seed of the weight initialisation
 * @param stopLoss training stops once the data loss is at or below this value; 0 means never
 * @param weightDecay L2 weight decay (coupled, as PyTorch's Adam applies it); 0 means none
 * @param batchSize measurements per Adam step; 0 means the full batch. With a batch size, an
 *        iteration is one pass over all measurements in random batches (fit and superres only)
 * @param activation the activation's name, e.g. bw_relu (see {@link Activations#NAMES})
 * @param omega0 SIREN's and WIRE's frequency ω₀ as set; 0 stands for the activation's default
 * @param sigma0 the Gaussian's and WIRE's σ₀
 * @param linearLayers whether each block is Linear → activation → Linear (the paper's
 *        architecture for the path norm)
 * @param learnC whether BW-ReLU's c is trained with the weights, starting from {@code c}
 * @param precision the arithmetic of the training GEMMs, a {@link Precision} key (fp32 or bf16)
 */
public record FitSettings(int iterations, double c, double tvWeight, double pathNormWeight, int width,
        int hiddenLayers, double learningRate, long seed, double stopLoss, double weightDecay, int batchSize,
        String activation, double omega0, double sigma0, boolean linearLayers, boolean learnC, String precision) {

    /**
     * tv_weight = auto: superres and ct choose the TV weight on held-out measurements and start
     * the network from that classical reconstruction (README, "Quality").
     */
    public static final double AUTO = -1;

    public FitSettings {
        Setting.ITERATIONS.check(iterations);
        Setting.C.check(c);
        if (tvWeight != AUTO) {
            Setting.TV_WEIGHT.check(tvWeight);
        }
        Setting.PATH_NORM_WEIGHT.check(pathNormWeight);
        Setting.WIDTH.check(width);
        Setting.HIDDEN_LAYERS.check(hiddenLayers);
        Setting.LEARNING_RATE.check(learningRate);
        Setting.STOP_LOSS.check(stopLoss);
        Setting.WEIGHT_DECAY.check(weightDecay);
        Setting.BATCH_SIZE.check(batchSize);
        if (!Activations.NAMES.contains(activation)) {
            throw new IllegalArgumentException(Setting.ACTIVATION.key() + " must be one of "
                    + String.join(", ", Activations.NAMES) + ", got '" + activation + "'");
        }
        Setting.OMEGA0.check(omega0);
        Setting.SIGMA0.check(sigma0);
        if (tvWeight != 0 && batchSize > 0) {
            throw new IllegalArgumentException("tv_weight needs the whole image at every step: set batch_size = 0");
        }
        if (learnC && !activation.equals(BwRelu.NAME)) {
            throw new IllegalArgumentException("learn_c needs activation bw_relu, not " + activation);
        }
        Precision.of(precision);
    }

    /** tv_weight as typed: "auto" or a non-negative number (so no typed value means {@link #AUTO}). */
    public static double parseTvWeight(String text) {
        String t = text.trim();
        if (t.equals("auto")) {
            return AUTO;
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(Setting.TV_WEIGHT.key() + " must be auto or a non-negative number, got '"
                    + text + "'");
        }
        return value;
    }

    /** tv_weight as users type it. */
    public String tvWeightText() {
        return tvWeightAuto() ? "auto" : String.valueOf(tvWeight);
    }

    public boolean tvWeightAuto() {
        return tvWeight == AUTO;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().iterations(iterations).c(c).tvWeight(tvWeight).pathNormWeight(pathNormWeight).width(width)
                .hiddenLayers(hiddenLayers).learningRate(learningRate).seed(seed).stopLoss(stopLoss)
                .weightDecay(weightDecay).batchSize(batchSize).activation(activation).omega0(omega0).sigma0(sigma0)
                .linearLayers(linearLayers).learnC(learnC).precision(precision);
    }

    /** The frequency ω₀ the activation uses: the one set, or the activation's default. */
    public double effectiveOmega0() {
        return omega0 > 0 ? omega0 : Activations.defaultOmega0(activation);
    }

    /** The activation these settings describe. */
    public Activation createActivation() {
        return Activations.create(activation, c, effectiveOmega0(), sigma0);
    }

    /**
     * The settings under their user-facing keys, in {@link Setting}'s order (for metrics files,
     * image info and model files); of c, learn_c, omega0 and sigma0 only those the activation uses.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            if (setting.usedBy(activation)) {
                // The frequency the activation runs with, not 0 for its default.
                m.put(setting.key(), setting == Setting.OMEGA0 ? effectiveOmega0() : setting.value(this));
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Collects settings, starting from the defaults; {@link #build()} checks them. */
    public static final class Builder {
        /**
         * The paper's 300 iterations and c = 9. The fit's own default (tv_weight auto) follows
         * an interpolation between pixels, so the large c, which fits a grid fastest, no
         * longer makes the model noise between them, as it does fitted to the pixels alone
         * (README, "Render at 2×").
         */
        private int iterations = 300;
        private double c = 9;
        private double tvWeight;
        private double pathNormWeight;
        private int width = 256;
        private int hiddenLayers = 3;
        private double learningRate = 3e-3;
        private long seed;
        private double stopLoss;
        private double weightDecay;
        private int batchSize;
        private String activation = BwRelu.NAME;
        private double omega0;
        private double sigma0 = Gauss.DEFAULT_SIGMA0;
        private boolean linearLayers;
        private boolean learnC;
        private String precision = Precision.FP32.key();

        public Builder iterations(int value) {
            iterations = value;
            return this;
        }

        public Builder c(double value) {
            c = value;
            return this;
        }

        /** λ ≥ 0, or {@link FitSettings#AUTO}. */
        public Builder tvWeight(double value) {
            tvWeight = value;
            return this;
        }

        public Builder pathNormWeight(double value) {
            pathNormWeight = value;
            return this;
        }

        public Builder width(int value) {
            width = value;
            return this;
        }

        public Builder hiddenLayers(int value) {
            hiddenLayers = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder stopLoss(double value) {
            stopLoss = value;
            return this;
        }

        public Builder weightDecay(double value) {
            weightDecay = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder activation(String name) {
            activation = name;
            return this;
        }

        public Builder omega0(double value) {
            omega0 = value;
            return this;
        }

        public Builder sigma0(double value) {
            sigma0 = value;
            return this;
        }

        public Builder linearLayers(boolean value) {
            linearLayers = value;
            return this;
        }

        public Builder learnC(boolean value) {
            learnC = value;
            return this;
        }

        public Builder precision(String key) {
            precision = key;
            return this;
        }

        public FitSettings build() {
            return new FitSettings(iterations, c, tvWeight, pathNormWeight, width, hiddenLayers, learningRate, seed,
                    stopLoss, weightDecay, batchSize, activation, omega0, sigma0, linearLayers, learnC, precision);
        }
    }
}
