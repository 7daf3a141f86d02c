package org.reluinr.core.nn;

/** The plain ReLU σ(z) = max(z, 0), the baseline the BW-ReLU improves on. */
public final class Relu implements Activation {

    public static final String NAME = "relu";

    @Override
    public void forward(float[] z, float[] b, float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = Math.max(z[i] + b[i], 0f);
        }
    }

    @Override
    public void backward(float[] z, float[] b, float[] g, int n) {
        for (int i = 0; i < n; i++) {
            g[i] *= BwRelu.step(z[i] + b[i]);
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
