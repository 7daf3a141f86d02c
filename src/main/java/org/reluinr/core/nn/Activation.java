package org.reluinr.core.nn;

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

    /** The name users select it by, e.g. {@code bw_relu}. */
    String name();

    /** The factor a neuron's term carries in the {@link PathNorm}: its Lipschitz scale. */
    default double pathNormScale() {
        return 1;
    }
}
