package org.reluinr.core.fit;

/**
 * The help text of each {@link Setting}, one line each, as every front door shows it. They are
 * constants so that the SciJava commands' annotations can use them too.
 */
public final class SettingHelp {

    public static final String ITERATIONS = "full-batch training iterations";

    public static final String C = "BW-ReLU scale: each neuron computes ψ(c·z); larger c resolves finer detail,"
            + " smaller c renders more smoothly between pixels";

    public static final String TV_WEIGHT = "λ of the image prior λ·TV(f) on the result, in the units of"
            + " ½‖A f − y‖²; auto: the network starts from the strongest classical reconstruction (ct: TV,"
            + " superres: the TV / IBP blend), λ chosen on held-out measurements, and fit follows bicubic,"
            + " cubic spline or directional cubic interpolation between the pixels, whichever the image's own pixels prefer (a"
            + " volume: c, up to the one given, chosen by its held-out slices); 0: off";

    public static final String PATH_NORM_WEIGHT = "λ of the regulariser λ · path norm added to the loss; the"
            + " path norm measures how irregular the network's function is (0: off)";

    public static final String WIDTH = "neurons per hidden layer";

    public static final String HIDDEN_LAYERS = "number of Linear → activation blocks (then a Linear output layer,"
            + " one output per channel)";

    public static final String LEARNING_RATE = "Adam's learning rate at the start; it decays as lr·0.1^(t/T), to a"
            + " tenth by the last iteration";

    public static final String SEED = "seed of the weight initialisation (same seed, same result)";

    public static final String STOP_LOSS = "stop once the data loss is at or below this value (0: run all iterations)";

    public static final String WEIGHT_DECAY = "L2 weight decay, coupled as in PyTorch's Adam (0: off)";

    public static final String BATCH_SIZE = "measurements per Adam step (fit and superres); an iteration is then one"
            + " pass over all measurements in random batches (0: full batch); tv_weight auto copies its classical start"
            + " in batches of its own";

    public static final String ACTIVATION = "bw_relu (the paper's), or a baseline: relu, relu_pe (ReLU on NeRF's"
            + " positional encoding, frequencies by the Nyquist rule), siren (sin(omega0·z), SIREN's initialisation),"
            + " gauss (exp(-(sigma0·z)²)), wire (complex Gabor exp(i·omega0·z - |sigma0·z|²), complex weights after"
            + " the first layer, width/√2 complex neurons, real part as output)";

    public static final String OMEGA0 = "SIREN's and WIRE's frequency ω₀ (activation siren or wire); 0: the"
            + " activation's default, 30 for SIREN, 20 for WIRE";

    public static final String SIGMA0 = "the Gaussian's and WIRE's σ₀ (activation gauss or wire)";

    public static final String LINEAR_LAYERS = "true: each block is Linear → activation → Linear, the paper's"
            + " architecture for the path norm";

    public static final String LEARN_C = "true: train c with the weights, starting from c (bw_relu only; reported as"
            + " learned_c)";

    public static final String PRECISION = "fp32; bf16_backward: the gradients' products between hidden layers in"
            + " bfloat16 (oneDNN; needs a CPU with AVX-512 BF16), the fit as exact as fp32; bf16: the forward"
            + " products too, faster still, but the fit stalls near 40 dB";

    private SettingHelp() {
    }
}
