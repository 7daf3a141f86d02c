package org.reluinr.core.fit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reluinr.core.nn.Activation;
import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.BwRelu;
import org.reluinr.core.nn.Gauss;

/**
 * Everything that determines a fit besides the data. Immutable; build with
 * {@link #builder()}. Names match the snake_case keys users type.
 */
public final class FitSettings {

    /**
     * tv_weight = auto: superres and ct choose the TV weight on held-out measurements and start
     * the network from that classical reconstruction (README, "Quality").
     */
    public static final double AUTO = -1;

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

    private final int width;
    private final int hiddenLayers;
    private final double c;
    private final double learningRate;
    private final int iterations;
    private final long seed;
    private final double stopLoss;
    private final double pathNormWeight;
    private final double weightDecay;
    private final String activation;
    private final double omega0;
    private final double sigma0;
    private final boolean linearLayers;
    private final boolean learnC;
    private final int batchSize;
    private final double tvWeight;

    private FitSettings(Builder b) {
        this.width = b.width;
        this.hiddenLayers = b.hiddenLayers;
        this.c = b.c;
        this.learningRate = b.learningRate;
        this.iterations = b.iterations;
        this.seed = b.seed;
        this.stopLoss = b.stopLoss;
        this.pathNormWeight = b.pathNormWeight;
        this.weightDecay = b.weightDecay;
        this.activation = b.activation;
        this.omega0 = b.omega0;
        this.sigma0 = b.sigma0;
        this.linearLayers = b.linearLayers;
        this.learnC = b.learnC;
        this.batchSize = b.batchSize;
        this.tvWeight = b.tvWeight;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().width(width).hiddenLayers(hiddenLayers).c(c).learningRate(learningRate)
                .iterations(iterations).seed(seed).stopLoss(stopLoss).pathNormWeight(pathNormWeight)
                .weightDecay(weightDecay).activation(activation).omega0(omega0).sigma0(sigma0)
                .linearLayers(linearLayers).learnC(learnC).batchSize(batchSize).tvWeight(tvWeight);
    }

    public int width() {
        return width;
    }

    public int hiddenLayers() {
        return hiddenLayers;
    }

    public double c() {
        return c;
    }

    public double learningRate() {
        return learningRate;
    }

    public int iterations() {
        return iterations;
    }

    public long seed() {
        return seed;
    }

    /** The activation's name, e.g. bw_relu (see {@link Activations#NAMES}). */
    public String activation() {
        return activation;
    }

    /** SIREN's and WIRE's frequency ω₀ as set; 0 stands for the activation's default. */
    public double omega0() {
        return omega0;
    }

    /** The frequency ω₀ the activation uses: the one set, or the activation's default. */
    public double effectiveOmega0() {
        return omega0 > 0 ? omega0 : Activations.defaultOmega0(activation);
    }

    /** The Gaussian activation's σ₀. */
    public double sigma0() {
        return sigma0;
    }

    /** Whether each block is Linear → activation → Linear (the paper's architecture for the path norm). */
    public boolean linearLayers() {
        return linearLayers;
    }

    /** Whether BW-ReLU's c is trained with the weights, starting from {@link #c()}. */
    public boolean learnC() {
        return learnC;
    }

    /**
     * Measurements per Adam step; 0 means the full batch. With a batch size, an iteration is
     * one pass over all measurements in random batches (fit and superres only).
     */
    public int batchSize() {
        return batchSize;
    }

    /** The activation these settings describe. */
    public Activation createActivation() {
        return Activations.create(activation, c, effectiveOmega0(), sigma0);
    }

    /** λ of the regulariser λ · path norm added to the loss; 0 means none. */
    public double pathNormWeight() {
        return pathNormWeight;
    }

    /**
     * λ of the image prior λ · TV(f) on the network's output on the grid, in the units of the
     * classical problem ½‖A f − y‖² + λ TV(f) on [0, 1] intensities; 0 means none,
     * {@link #AUTO} that the task chooses it.
     */
    public double tvWeight() {
        return tvWeight;
    }

    public boolean tvWeightAuto() {
        return tvWeight == AUTO;
    }

    /** L2 weight decay (coupled, as PyTorch's Adam applies it); 0 means none. */
    public double weightDecay() {
        return weightDecay;
    }

    /** Training stops once the data loss is at or below this value; 0 means never. */
    public double stopLoss() {
        return stopLoss;
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

    /** Collects and validates settings; each setter rejects a bad value with a message naming the key. */
    public static final class Builder {
        private int width = 256;
        private int hiddenLayers = 3;
        /**
         * c = 5 rather than the paper's 9: fitting the even pixels of the 256² cameraman (1000
         * iterations), c = 9 reproduces them at 112 dB but renders noise between them (9.8 dB
         * on the unseen pixels), c = 5 reproduces them at 75 dB and renders 24.9 dB between them
         * (c = 3: 34.6 and 26.5 dB; bicubic 27.0 dB); README, "Default reconstructions".
         */
        private double c = 5;
        private double learningRate = 3e-3;
        private int iterations = 1000;
        private long seed = 0;
        private double stopLoss = 0;
        private double pathNormWeight = 0;
        private double weightDecay = 0;
        private String activation = BwRelu.NAME;
        private double omega0 = 0;
        private double sigma0 = Gauss.DEFAULT_SIGMA0;
        private boolean linearLayers;
        private boolean learnC;
        private int batchSize;
        private double tvWeight;

        /** λ ≥ 0, or {@link FitSettings#AUTO}. */
        public Builder tvWeight(double value) {
            tvWeight = value == AUTO ? AUTO : Setting.TV_WEIGHT.check(value);
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = Setting.BATCH_SIZE.check(value);
            return this;
        }

        public Builder width(int value) {
            width = Setting.WIDTH.check(value);
            return this;
        }

        public Builder hiddenLayers(int value) {
            hiddenLayers = Setting.HIDDEN_LAYERS.check(value);
            return this;
        }

        public Builder c(double value) {
            c = Setting.C.check(value);
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = Setting.LEARNING_RATE.check(value);
            return this;
        }

        public Builder iterations(int value) {
            iterations = Setting.ITERATIONS.check(value);
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder stopLoss(double value) {
            stopLoss = Setting.STOP_LOSS.check(value);
            return this;
        }

        public Builder pathNormWeight(double value) {
            pathNormWeight = Setting.PATH_NORM_WEIGHT.check(value);
            return this;
        }

        public Builder weightDecay(double value) {
            weightDecay = Setting.WEIGHT_DECAY.check(value);
            return this;
        }

        public Builder activation(String name) {
            if (!Activations.NAMES.contains(name)) {
                throw new IllegalArgumentException(Setting.ACTIVATION.key() + " must be one of "
                        + String.join(", ", Activations.NAMES) + ", got '" + name + "'");
            }
            activation = name;
            return this;
        }

        public Builder learnC(boolean value) {
            learnC = value;
            return this;
        }

        public Builder linearLayers(boolean value) {
            linearLayers = value;
            return this;
        }

        public Builder omega0(double value) {
            omega0 = Setting.OMEGA0.check(value);
            return this;
        }

        public Builder sigma0(double value) {
            sigma0 = Setting.SIGMA0.check(value);
            return this;
        }

        public FitSettings build() {
            if (tvWeight != 0 && batchSize > 0) {
                throw new IllegalArgumentException("tv_weight needs the whole image at every step: set batch_size = 0");
            }
            if (learnC && !activation.equals(BwRelu.NAME)) {
                throw new IllegalArgumentException("learn_c needs activation bw_relu, not " + activation);
            }
            return new FitSettings(this);
        }
    }
}
