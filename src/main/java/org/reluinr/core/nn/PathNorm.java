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
 *
 * <p>The sum runs over the real matrices the network computes with (its
 * {@link WeightLayout}s); for a complex network (WIRE) each neuron's real and imaginary
 * columns count as neurons of their own. For activations other than the ReLU family, s is
 * the activation's Lipschitz scale: a measure of our choosing, not the paper's.
 */
public final class PathNorm {

    private PathNorm() {
    }

    /** Receives each hidden neuron: its layer's index in the spec's layer list, and its norms. */
    private interface NeuronVisitor {
        void visit(int layer, int neuron, double inNorm, double outNorm);
    }

    /**
     * Visits every neuron of every activated layer; its output weights are the next layer's
     * column. {@code matrices} are the layers' real weight matrices.
     */
    private static void forEachNeuron(List<MlpSpec.Layer> layers, float[][] matrices, NeuronVisitor visitor) {
        for (int l = 0; l < layers.size() - 1; l++) {
            if (!layers.get(l).activated()) {
                continue;
            }
            float[] in = matrices[l];
            float[] next = matrices[l + 1];
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
        List<MlpSpec.Layer> layers = spec.layers();
        double scale = spec.activation().pathNormScale();
        double[] sum = {0};
        forEachNeuron(layers, matrices(layers, layouts(layers), parameters),
                (layer, neuron, inNorm, outNorm) -> sum[0] += scale * inNorm * outNorm);
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
        List<WeightLayout> layouts = network.layouts();
        float[][] m = matrices(layers, layouts, values(tensors));
        float[][] dm = new float[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            dm[l] = new float[m[l].length];
        }
        double scale = weight * spec.activation().pathNormScale();
        forEachNeuron(layers, m, (l, k, inNorm, outNorm) -> {
            int fanIn = layers.get(l).inputs();
            int neurons = layers.get(l).outputs();
            if (inNorm > 0) {
                for (int j = 0; j < fanIn; j++) {
                    dm[l][k * fanIn + j] += (float) (scale * outNorm * m[l][k * fanIn + j] / inNorm);
                }
            }
            if (outNorm > 0) {
                for (int o = 0; o < layers.get(l + 1).outputs(); o++) {
                    dm[l + 1][o * neurons + k] += (float) (scale * inNorm * m[l + 1][o * neurons + k] / outNorm);
                }
            }
        });
        for (int l = 0; l < layers.size(); l++) {
            float[] g = tensors.get(2 * l).gradient();
            float[] folded = new float[g.length];
            layouts.get(l).weightGradientFromDevice(dm[l], folded);
            for (int i = 0; i < g.length; i++) {
                g[i] += folded[i];
            }
        }
    }

    private static List<WeightLayout> layouts(List<MlpSpec.Layer> layers) {
        return layers.stream().map(WeightLayout::new).toList();
    }

    /** Each layer's real weight matrix from the trainable tensors (weight, bias, weight, ...). */
    private static float[][] matrices(List<MlpSpec.Layer> layers, List<WeightLayout> layouts, float[][] parameters) {
        float[][] m = new float[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            MlpSpec.Layer layer = layers.get(l);
            m[l] = new float[layer.outputs() * layer.inputs()];
            layouts.get(l).weightsToDevice(parameters[2 * l], m[l]);
        }
        return m;
    }

    private static float[][] values(List<ParameterTensor> tensors) {
        return tensors.stream().map(ParameterTensor::values).toArray(float[][]::new);
    }
}
