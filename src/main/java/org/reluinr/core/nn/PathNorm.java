package org.reluinr.core.nn;

import java.util.List;

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
 * between the terms of adjacent layers. That is why the paper inserts linear layers
 * ({@link MlpSpec#linearLayers()}): then every block Linear → activation → Linear is a
 * shallow network of its own, its neurons' output weights are the block's second matrix, and
 * the sum is exact per block and invariant to each neuron's rescaling.
 */
public final class PathNorm {

    private PathNorm() {
    }

    /** Receives each hidden neuron: its layer's index in the spec's layer list, and its norms. */
    private interface NeuronVisitor {
        void visit(int layer, int neuron, double inNorm, double outNorm);
    }

    /** Visits every neuron of every activated layer; its output weights are the next layer's column. */
    private static void forEachNeuron(MlpSpec spec, float[][] parameters, NeuronVisitor visitor) {
        List<MlpSpec.Layer> layers = spec.layers();
        for (int l = 0; l < layers.size() - 1; l++) {
            if (!layers.get(l).activated()) {
                continue;
            }
            float[] in = parameters[2 * l];
            float[] next = parameters[2 * (l + 1)];
            int fanIn = layers.get(l).inputs();
            int neurons = layers.get(l).outputs();
            int fanOut = layers.get(l + 1).outputs();
            for (int k = 0; k < neurons; k++) {
                double rowSq = 0;
                for (int j = 0; j < fanIn; j++) {
                    rowSq += (double) in[k * fanIn + j] * in[k * fanIn + j];
                }
                double colSq = 0;
                for (int o = 0; o < fanOut; o++) {
                    colSq += (double) next[o * neurons + k] * next[o * neurons + k];
                }
                visitor.visit(l, k, Math.sqrt(rowSq), Math.sqrt(colSq));
            }
        }
    }

    /**
     * @param parameters weight, bias, weight, bias, ... as in {@link Mlp#parameters()}
     */
    public static double of(MlpSpec spec, float[][] parameters) {
        double scale = spec.activation().pathNormScale();
        double[] sum = {0};
        forEachNeuron(spec, parameters, (layer, neuron, inNorm, outNorm) -> sum[0] += scale * inNorm * outNorm);
        return sum[0];
    }

    /** The path norm of a network's current parameters. */
    public static double of(Mlp network) {
        return of(network.spec(), values(network.parameters()));
    }

    /** Adds weight · ∂(path norm)/∂θ to the gradients of the network's parameters. */
    public static void addGradient(Mlp network, double weight) {
        MlpSpec spec = network.spec();
        List<MlpSpec.Layer> layers = spec.layers();
        List<ParameterTensor> tensors = network.parameters();
        float[][] values = values(tensors);
        double scale = weight * spec.activation().pathNormScale();
        forEachNeuron(spec, values, (l, k, inNorm, outNorm) -> {
            float[] in = values[2 * l];
            float[] next = values[2 * (l + 1)];
            float[] gIn = tensors.get(2 * l).gradient();
            float[] gNext = tensors.get(2 * (l + 1)).gradient();
            int fanIn = layers.get(l).inputs();
            int neurons = layers.get(l).outputs();
            if (inNorm > 0) {
                for (int j = 0; j < fanIn; j++) {
                    gIn[k * fanIn + j] += (float) (scale * outNorm * in[k * fanIn + j] / inNorm);
                }
            }
            if (outNorm > 0) {
                for (int o = 0; o < layers.get(l + 1).outputs(); o++) {
                    gNext[o * neurons + k] += (float) (scale * inNorm * next[o * neurons + k] / outNorm);
                }
            }
        });
    }

    private static float[][] values(List<ParameterTensor> tensors) {
        return tensors.stream().map(ParameterTensor::values).toArray(float[][]::new);
    }
}
