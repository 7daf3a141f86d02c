package org.reluinr.core.nn;

/**
 * One trainable tensor, row-major, with its gradient. The Java arrays are the master copy
 * that the optimiser updates; layers copy them to native memory before a forward pass.
 */
public final class ParameterTensor {

    private final String name;
    private final float[] values;
    private final float[] gradient;

    ParameterTensor(MlpSpec.Tensor tensor) {
        this.name = tensor.name();
        this.values = new float[tensor.size()];
        this.gradient = new float[tensor.size()];
    }

    public String name() {
        return name;
    }

    public int size() {
        return values.length;
    }

    /** The live values: writes change the network. */
    public float[] values() {
        return values;
    }

    /** The gradient of the last backward pass. */
    public float[] gradient() {
        return gradient;
    }
}
