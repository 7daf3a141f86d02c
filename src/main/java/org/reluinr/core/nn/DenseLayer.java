package org.reluinr.core.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer y = x·Mᵀ + d with the device matrix M of shape (outputs × inputs)
 * and bias d, built from the trainable weight and bias through the layer's
 * {@link WeightLayout} (the same values for real layers).
 */
final class DenseLayer {

    private final WeightLayout layout;
    private final ParameterTensor weight;
    private final ParameterTensor bias;
    /** Host copy of a device matrix: weights on their way up, gradients on their way down. */
    private final float[] staging;
    private final float[] deviceBias;
    private final INDArray weightOnDevice;
    private final INDArray weightGradientOnDevice;
    /** The device matrix rounded to bfloat16 for mixed-precision products, or null. */
    private final Bf16Matrix weightBf16;
    private final double[] biasGradientSum;

    /** @param bf16 whether the layer's products take bfloat16 operands, so it keeps a bfloat16 copy of its matrix */
    DenseLayer(MlpSpec.Layer shape, MlpSpec.Tensor weightTensor, MlpSpec.Tensor biasTensor, boolean bf16) {
        this.layout = new WeightLayout(shape);
        this.weight = new ParameterTensor(weightTensor);
        this.bias = new ParameterTensor(biasTensor);
        this.staging = new float[shape.outputs() * shape.inputs()];
        this.deviceBias = new float[shape.outputs()];
        this.weightOnDevice = Nd4j.create(DataType.FLOAT, new long[] {shape.outputs(), shape.inputs()}, 'c');
        this.weightGradientOnDevice = Nd4j.create(DataType.FLOAT, new long[] {shape.outputs(), shape.inputs()}, 'c');
        this.weightBf16 = bf16 ? new Bf16Matrix(shape.outputs(), shape.inputs()) : null;
        this.biasGradientSum = new double[shape.outputs()];
    }

    /** Initial values as the activation that the layer's network uses prescribes. */
    void initialise(Activation activation, int layerIndex, SplittableRandom random) {
        activation.initialise(layerIndex, layout.fanIn(), weight.values(), bias.values(), random);
    }

    ParameterTensor weight() {
        return weight;
    }

    ParameterTensor bias() {
        return bias;
    }

    WeightLayout layout() {
        return layout;
    }

    INDArray weightOnDevice() {
        return weightOnDevice;
    }

    /** The bfloat16 copy of the device matrix (valid after {@link #uploadWeights}), or null. */
    Bf16Matrix weightBf16() {
        return weightBf16;
    }

    INDArray weightGradientOnDevice() {
        return weightGradientOnDevice;
    }

    /** The bias as the fused passes add it, one value per device column (valid after {@link #uploadWeights}). */
    float[] deviceBias() {
        return deviceBias;
    }

    double[] biasGradientSum() {
        return biasGradientSum;
    }

    void uploadWeights() {
        layout.weightsToDevice(weight.values(), staging);
        layout.biasToDevice(bias.values(), deviceBias);
        weightOnDevice.data().asNioFloat().put(0, staging);
        if (weightBf16 != null) {
            weightBf16.write(0, weightBf16.rows(), staging);
        }
    }

    void clearGradients() {
        Arrays.fill(biasGradientSum, 0.0);
    }

    /** Copies the accumulated gradients into the parameter tensors. */
    void downloadGradients() {
        weightGradientOnDevice.data().asNioFloat().get(0, staging);
        layout.weightGradientFromDevice(staging, weight.gradient());
        layout.biasGradientFromDevice(biasGradientSum, bias.gradient());
    }
}
