package org.reluinr.core.nn;

import java.util.Arrays;

/**
 * How a dense layer's trainable weights and bias map onto the real matrix and bias vector
 * that the GEMMs use. For real networks the two are the same. A complex network (WIRE)
 * stores a complex vector as interleaved (re, im) columns, so a complex matrix A + iB
 * becomes 2×2 real blocks [[A, −B], [B, A]]; a real first layer feeds only the real columns
 * (its imaginary rows and bias stay zero), and the output layer keeps only the real part.
 *
 * <p>Each device entry is a trainable value times a sign (or zero), so one index map serves
 * both directions: the forward copy and its transpose, which folds device gradients back.
 */
final class WeightLayout {

    private final int deviceWeights;
    private final int deviceBias;
    private final int weightCount;
    private final int biasCount;
    private final int fanIn;
    /** For each device weight: the trainable value it copies (−1: none) and its sign. */
    private final int[] weightSource;
    private final float[] weightSign;
    /** For each device bias entry: the trainable bias value it copies (−1: none). */
    private final int[] biasSource;

    WeightLayout(MlpSpec.Layer layer) {
        int rows = layer.outputs();
        int cols = layer.inputs();
        deviceWeights = rows * cols;
        deviceBias = rows;
        int outUnits = units(rows, layer.complexOutputs());
        int inUnits = units(cols, layer.complexInputs());
        boolean complexWeights = layer.complexInputs();
        boolean complexBias = layer.complexInputs() && layer.complexOutputs();
        fanIn = inUnits;
        weightCount = weightCount(layer);
        biasCount = biasCount(layer);
        weightSource = new int[deviceWeights];
        weightSign = new float[deviceWeights];
        biasSource = new int[deviceBias];
        int imaginaryPart = outUnits * inUnits;
        for (int r = 0; r < rows; r++) {
            int o = layer.complexOutputs() ? r / 2 : r;
            boolean imaginaryRow = layer.complexOutputs() && r % 2 == 1;
            for (int c = 0; c < cols; c++) {
                int j = complexWeights ? c / 2 : c;
                boolean imaginaryColumn = complexWeights && c % 2 == 1;
                int d = r * cols + c;
                int real = o * inUnits + j;
                if (!complexWeights) {
                    // a real input feeds only the real part of its outputs
                    weightSource[d] = imaginaryRow ? -1 : real;
                    weightSign[d] = 1;
                } else if (imaginaryRow == imaginaryColumn) {
                    weightSource[d] = real; // A on the diagonal of each block
                    weightSign[d] = 1;
                } else {
                    weightSource[d] = imaginaryPart + real; // −B above, +B below the diagonal
                    weightSign[d] = imaginaryRow ? 1 : -1;
                }
            }
            biasSource[r] = complexBias ? r : imaginaryRow ? -1 : o;
        }
    }

    int weightCount() {
        return weightCount;
    }

    int biasCount() {
        return biasCount;
    }

    /** Trainable weights of a layer: a real or complex matrix of its units (without building the layout). */
    static int weightCount(MlpSpec.Layer layer) {
        return Math.toIntExact(weights(layer));
    }

    /** {@link #weightCount} in long arithmetic, also for layers too large to build. */
    static long weights(MlpSpec.Layer layer) {
        return Math.multiplyExact((layer.complexInputs() ? 2L : 1L) * units(layer.outputs(), layer.complexOutputs()),
                (long) units(layer.inputs(), layer.complexInputs()));
    }

    /** Trainable biases of a layer: complex only between complex layers. */
    static int biasCount(MlpSpec.Layer layer) {
        return layer.complexInputs() && layer.complexOutputs() ? layer.outputs()
                : units(layer.outputs(), layer.complexOutputs());
    }

    private static int units(int columns, boolean complex) {
        return complex ? columns / 2 : columns;
    }

    /** Inputs per output unit (complex ones count once), for initialisation. */
    int fanIn() {
        return fanIn;
    }

    void weightsToDevice(float[] weights, float[] device) {
        for (int d = 0; d < deviceWeights; d++) {
            int s = weightSource[d];
            device[d] = s < 0 ? 0f : weightSign[d] * weights[s];
        }
    }

    /** gradient[θ] ← Σ over θ's device entries of sign · deviceGradient (the transpose of the copy). */
    void weightGradientFromDevice(float[] deviceGradient, float[] gradient) {
        Arrays.fill(gradient, 0f);
        for (int d = 0; d < deviceWeights; d++) {
            int s = weightSource[d];
            if (s >= 0) {
                gradient[s] += weightSign[d] * deviceGradient[d];
            }
        }
    }

    void biasToDevice(float[] bias, float[] device) {
        for (int d = 0; d < deviceBias; d++) {
            device[d] = biasSource[d] < 0 ? 0f : bias[biasSource[d]];
        }
    }

    void biasGradientFromDevice(double[] deviceGradient, float[] gradient) {
        Arrays.fill(gradient, 0f);
        for (int d = 0; d < deviceBias; d++) {
            if (biasSource[d] >= 0) {
                gradient[biasSource[d]] += (float) deviceGradient[d];
            }
        }
    }
}
