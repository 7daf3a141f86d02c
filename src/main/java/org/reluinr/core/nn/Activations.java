package org.reluinr.core.nn;

import java.util.List;

/** Creates the activation users select by name, with its scale parameter. */
public final class Activations {

    /** The names users can select, the paper's BW-ReLU first. */
    public static final List<String> NAMES = List.of(BwRelu.NAME, Relu.NAME, Activations.RELU_PE, Siren.NAME,
            Gauss.NAME, Wire.NAME);

    /** ReLU on positionally encoded coordinates (the encoding itself is not part of the network). */
    public static final String RELU_PE = "relu_pe";

    private Activations() {
    }

    /**
     * The learning rate each activation is compared at by default: 3e-3 for BW-ReLU (the
     * paper's), 1e-4 for SIREN (its authors'), 5e-3 for WIRE (the low end of the 5e-3 to 2e-2
     * its authors recommend), 1e-3 for ReLU and Gauss.
     */
    public static double defaultLearningRate(String name) {
        return switch (name) {
            case BwRelu.NAME -> 3e-3;
            case Siren.NAME -> 1e-4;
            case Wire.NAME -> 5e-3;
            default -> 1e-3;
        };
    }

    /**
     * The frequency ω₀ an activation uses unless one is set: SIREN's published 30; 20 for WIRE,
     * whose reference network's 30 fails to fit our test images (the 64×64 cameraman: 11.5 dB
     * after 300 iterations at 30, 79.6 dB after 150 at 20).
     */
    public static double defaultOmega0(String name) {
        return name.equals(Wire.NAME) ? Wire.DEFAULT_OMEGA0 : Siren.DEFAULT_OMEGA0;
    }

    /**
     * The keys of the settings an activation reads (c and learn_c for BW-ReLU, omega0 and
     * sigma0 for the baselines that have them), so that a record names no setting without effect.
     */
    public static List<String> parameterKeys(String name) {
        return switch (name) {
            case BwRelu.NAME -> List.of("c", "learn_c");
            case Siren.NAME -> List.of("omega0");
            case Gauss.NAME -> List.of("sigma0");
            case Wire.NAME -> List.of("omega0", "sigma0");
            default -> List.of();
        };
    }

    /**
     * @param c BW-ReLU scale
     * @param omega0 SIREN's and WIRE's frequency
     * @param sigma0 the Gaussian's and WIRE's width parameter
     */
    public static Activation create(String name, double c, double omega0, double sigma0) {
        return switch (name) {
            case BwRelu.NAME -> new BwRelu((float) c);
            case Relu.NAME, RELU_PE -> new Relu();
            case Siren.NAME -> new Siren(omega0);
            case Gauss.NAME -> new Gauss(sigma0);
            case Wire.NAME -> new Wire(omega0, sigma0);
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'; choose one of "
                    + String.join(", ", NAMES));
        };
    }
}
