package org.reluinr.core.nn;

import java.util.List;

/** Creates the activation users select by name, with its scale parameter. */
public final class Activations {

    /** The names users can select, the paper's BW-ReLU first. */
    public static final List<String> NAMES = List.of(BwRelu.NAME, Relu.NAME, Activations.RELU_PE, Siren.NAME,
            Gauss.NAME);

    /** ReLU on positionally encoded coordinates (the encoding itself is not part of the network). */
    public static final String RELU_PE = "relu_pe";

    private Activations() {
    }

    /**
     * The learning rate each activation is compared at by default: 3e-3 for BW-ReLU (the
     * paper's), 1e-4 for SIREN (its authors'), 1e-3 for ReLU and Gauss.
     */
    public static double defaultLearningRate(String name) {
        return switch (name) {
            case BwRelu.NAME -> 3e-3;
            case Siren.NAME -> 1e-4;
            default -> 1e-3;
        };
    }

    /**
     * @param c BW-ReLU scale
     * @param omega0 SIREN frequency
     * @param sigma0 Gaussian width parameter
     */
    public static Activation create(String name, double c, double omega0, double sigma0) {
        return switch (name) {
            case BwRelu.NAME -> new BwRelu((float) c);
            case Relu.NAME, RELU_PE -> new Relu();
            case Siren.NAME -> new Siren(omega0);
            case Gauss.NAME -> new Gauss(sigma0);
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'; choose one of "
                    + String.join(", ", NAMES));
        };
    }
}
