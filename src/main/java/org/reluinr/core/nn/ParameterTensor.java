package org.reluinr.core.nn;

/**
 * One trainable tensor, row-major, with its gradient. The Java arrays are the master copy
 * that the optimiser updates; layers copy them to native memory before a forward pass.
 */
public final class ParameterTensor {

    private final String name;
    private final float[] values;
    private final float[] gradient;

    ParameterTensor(String name, int... shape) {
        this.name = name;
        int size = 1;
        for (int s : shape) {
            size = Math.multiplyExact(size, s);
        }
        this.values = new float[size];
        this.gradient = new float[size];
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
