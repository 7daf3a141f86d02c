package org.reluinr.core.nn;

import java.util.SplittableRandom;

/**
 * An element-wise activation φ applied to pre-activations plus bias. Implementations work on
 * plain float arrays of one cache-sized chunk, where {@code b} holds the layer's bias
 * repeated for every row of the chunk: a flat loop over three arrays is what the JIT
 * vectorises (a nested row/column loop is not).
 */
public interface Activation {

    /** a[i] ← φ(z[i] + b[i]) for i in [0, n). */
    void forward(float[] z, float[] b, float[] a, int n);

    /** g[i] ← g[i] · φ'(z[i] + b[i]) for i in [0, n): the chain rule through the activation. */
    void backward(float[] z, float[] b, float[] g, int n);

    /**
     * Whether the activation maps complex values, stored as interleaved (re, im) pairs of
     * columns, to complex values (a chunk then always holds whole pairs); see {@link MlpSpec}.
     */
    default boolean complex() {
        return false;
    }

    /** The name users select it by, e.g. {@code bw_relu}. */
    String name();

    /** Whether the activation has a scale that can be trained ({@code learn_c}). */
    default boolean hasLearnableScale() {
        return false;
    }

    /** The learnable scale's current value. */
    default double scale() {
        throw new UnsupportedOperationException(name() + " has no learnable scale");
    }

    /** Sets the learnable scale (the optimiser's new value). */
    default void setScale(double value) {
        throw new UnsupportedOperationException(name() + " has no learnable scale");
    }

    /** Σ g[i] · ∂φ(z[i] + b[i])/∂scale for i in [0, n), with g the gradient w.r.t. the activation's output. */
    default double scaleGradient(float[] z, float[] b, float[] g, int n) {
        throw new UnsupportedOperationException(name() + " has no learnable scale");
    }

    /** The factor a neuron's term carries in the {@link PathNorm}: its Lipschitz scale. */
    default double pathNormScale() {
        return 1;
    }

    /**
     * Initial weights and biases of a linear layer feeding this activation ({@code layer} 0
     * reads the coordinates; the output layer has the highest index). The default is
     * PyTorch's nn.Linear: weights and biases uniform in ±1/√fanIn.
     */
    default void initialise(int layer, int fanIn, float[] weights, float[] bias, SplittableRandom random) {
        double bound = 1.0 / Math.sqrt(fanIn);
        uniform(weights, bound, random);
        uniform(bias, bound, random);
    }

    /** Fills values uniformly in [−bound, bound). */
    static void uniform(float[] values, double bound, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(-bound, bound);
        }
    }
}
