package org.reluinr.core.nn;

/**
 * The path norm (variation norm) of an INR network, the paper's measure of the regularity
 * of the learned function: for every hidden neuron k, s · ‖input weights of k‖₂ · ‖output
 * weights of k‖₂, summed over neurons and hidden layers, where s is the activation's scale
 * (c for BW-ReLU, 1 for ReLU).
 *
 * <p>Input weights are the neuron's row of its layer's weight matrix (the bias is not a
 * weight of a path from the input); output weights are its column in the next layer's
 * matrix. For one hidden layer this is the paper's definition exactly, and it is invariant
 * to the rescaling symmetry of a homogeneous activation (input weights and bias × a, output
 * weights × 1/a). In a deeper network a hidden layer's matrix holds the output weights of
 * one layer and the input weights of the next, so each neuron's term measures how much it
 * can change the next layer's pre-activations per unit change of its own inputs, and the
 * sum bounds the network's variation layer by layer; rescaling a neuron there moves norm
 * between the terms of adjacent layers. That is why the paper inserts linear layers.
 */
public final class PathNorm {

    private PathNorm() {
    }

    /**
     * @param parameters weight, bias, weight, bias, ... as in {@link Mlp#parameters()}
     */
    public static double of(MlpSpec spec, float[][] parameters) {
        double scale = spec.activation().pathNormScale();
        int layers = spec.hiddenLayers();
        double sum = 0;
        for (int l = 0; l < layers; l++) {
            float[] in = parameters[2 * l];
            float[] next = parameters[2 * (l + 1)];
            int fanIn = l == 0 ? spec.inputs() : spec.width();
            int fanOut = l == layers - 1 ? spec.outputs() : spec.width();
            for (int k = 0; k < spec.width(); k++) {
                double rowSq = 0;
                for (int j = 0; j < fanIn; j++) {
                    rowSq += (double) in[k * fanIn + j] * in[k * fanIn + j];
                }
                double colSq = 0;
                for (int o = 0; o < fanOut; o++) {
                    colSq += (double) next[o * spec.width() + k] * next[o * spec.width() + k];
                }
                sum += scale * Math.sqrt(rowSq) * Math.sqrt(colSq);
            }
        }
        return sum;
    }

    /** The path norm of a network's current parameters. */
    public static double of(Mlp network) {
        float[][] values = network.parameters().stream().map(ParameterTensor::values).toArray(float[][]::new);
        return of(network.spec(), values);
    }
}
