package org.reluinr.core.nn;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A fully connected layer y = x·Wᵀ + b with W of shape (outputs × inputs). */
final class DenseLayer {

    private final int inputs;
    private final int outputs;
    private final ParameterTensor weight;
    private final ParameterTensor bias;
    private final INDArray weightOnDevice;
    private final INDArray weightGradientOnDevice;
    private final double[] biasGradientSum;

    DenseLayer(String name, int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.weight = new ParameterTensor(name + ".weight", outputs, inputs);
        this.bias = new ParameterTensor(name + ".bias", outputs);
        this.weightOnDevice = Nd4j.create(DataType.FLOAT, new long[] {outputs, inputs}, 'c');
        this.weightGradientOnDevice = Nd4j.create(DataType.FLOAT, new long[] {outputs, inputs}, 'c');
        this.biasGradientSum = new double[outputs];
    }

    /** Initial values as the activation that the layer's network uses prescribes. */
    void initialise(Activation activation, int layerIndex, SplittableRandom random) {
        activation.initialise(layerIndex, inputs, weight.values(), bias.values(), random);
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    ParameterTensor weight() {
        return weight;
    }

    ParameterTensor bias() {
        return bias;
    }

    INDArray weightOnDevice() {
        return weightOnDevice;
    }

    INDArray weightGradientOnDevice() {
        return weightGradientOnDevice;
    }

    double[] biasGradientSum() {
        return biasGradientSum;
    }

    void uploadWeights() {
        weightOnDevice.data().asNioFloat().put(0, weight.values());
    }

    void clearGradients() {
        java.util.Arrays.fill(biasGradientSum, 0.0);
    }

    /** Copies the accumulated gradients into the parameter tensors. */
    void downloadGradients() {
        weightGradientOnDevice.data().asNioFloat().get(0, weight.gradient());
        float[] g = bias.gradient();
        for (int j = 0; j < outputs; j++) {
            g[j] = (float) biasGradientSum[j];
        }
    }
}
