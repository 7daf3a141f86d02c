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

    /** c's help, for every front door. */
    public static final String C_HELP = "BW-ReLU scale: each neuron computes ψ(c·z); larger c resolves finer detail,"
            + " smaller c renders more smoothly between pixels";

    /** path_norm_weight's help, for every front door. */
    public static final String PATH_NORM_WEIGHT_HELP = "λ of the regulariser λ · path norm added to the loss; the"
            + " path norm measures how irregular the network's function is (0: off)";

    /** tv_weight's help, for every front door. */
    public static final String TV_WEIGHT_HELP = "λ of the image prior λ·TV(f) on the result, in the units of"
            + " ½‖A f − y‖²; auto (superres, ct): chosen on held-out measurements, and the network starts from that"
            + " TV reconstruction; 0: off";

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
            throw new IllegalArgumentException("tv_weight must be auto or a non-negative number, got '" + text + "'");
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
     * The settings under their user-facing keys, in a stable order (for metrics files, image
     * info and model files); of c, learn_c, omega0 and sigma0 only those the activation uses.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activation", activation);
        m.put("width", width);
        m.put("hidden_layers", hiddenLayers);
        m.put("linear_layers", linearLayers);
        Map<String, Object> activationParameters = new LinkedHashMap<>();
        activationParameters.put("c", c);
        activationParameters.put("learn_c", learnC);
        activationParameters.put("omega0", effectiveOmega0());
        activationParameters.put("sigma0", sigma0);
        for (String key : Activations.parameterKeys(activation)) {
            m.put(key, activationParameters.get(key));
        }
        m.put("learning_rate", learningRate);
        m.put("iterations", iterations);
        m.put("seed", seed);
        m.put("stop_loss", stopLoss);
        m.put("path_norm_weight", pathNormWeight);
        m.put("weight_decay", weightDecay);
        m.put("batch_size", batchSize);
        m.put("tv_weight", tvWeightAuto() ? tvWeightText() : tvWeight);
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
            tvWeight = value == AUTO ? AUTO : nonNegative("tv_weight", value);
            return this;
        }

        public Builder batchSize(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("batch_size must be 0 (full batch) or a positive integer, got " + value);
            }
            batchSize = value;
            return this;
        }

        public Builder width(int value) {
            width = positive("width", value);
            return this;
        }

        public Builder hiddenLayers(int value) {
            hiddenLayers = positive("hidden_layers", value);
            return this;
        }

        public Builder c(double value) {
            c = positive("c", value);
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = positive("learning_rate", value);
            return this;
        }

        public Builder iterations(int value) {
            iterations = positive("iterations", value);
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder stopLoss(double value) {
            stopLoss = nonNegative("stop_loss", value);
            return this;
        }

        public Builder pathNormWeight(double value) {
            pathNormWeight = nonNegative("path_norm_weight", value);
            return this;
        }

        public Builder weightDecay(double value) {
            weightDecay = nonNegative("weight_decay", value);
            return this;
        }

        public Builder activation(String name) {
            if (!Activations.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown activation '" + name + "'; choose one of "
                        + String.join(", ", Activations.NAMES));
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
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("omega0 must be 0 (the activation's default) or a positive number, got "
                        + value);
            }
            omega0 = value;
            return this;
        }

        public Builder sigma0(double value) {
            sigma0 = positive("sigma0", value);
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

        private static int positive(String key, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(key + " must be a positive integer, got " + value);
            }
            return value;
        }

        private static double nonNegative(String key, double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(key + " must be 0 (off) or a positive number, got " + value);
            }
            return value;
        }

        private static double positive(String key, double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(key + " must be a positive number, got " + value);
            }
            return value;
        }
    }
}
