package org.reluinr.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The INR network with hand-written backpropagation over ND4J GEMMs. Every buffer is
 * allocated once for a batch of up to {@code batchCapacity} coordinates; an iteration
 * allocates nothing large. The element-wise work between GEMMs runs in {@link FusedPasses}.
 *
 * <p>Outputs and output gradients are exchanged channel-planar: value of channel ch at
 * point p of a batch that starts at {@code rowStart} of {@code totalRows} points lives at
 * {@code ch * totalRows + rowStart + p}.
 */
public final class Mlp {

    private final MlpSpec spec;
    private final int capacity;
    private final List<DenseLayer> hidden = new ArrayList<>();
    private final DenseLayer out;
    private final List<ParameterTensor> parameters;

    private final DeviceMatrix input;
    private final DeviceMatrix[] pre;
    private final DeviceMatrix[] post;
    private final DeviceMatrix output;
    private final DeviceMatrix outputGradient;
    private final DeviceMatrix gradientA;
    private final DeviceMatrix gradientB;
    private final float[] ioChunk;

    private int batchRows;
    private long gemmNanos;

    public Mlp(MlpSpec spec, int batchCapacity, long seed) {
        if (batchCapacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1");
        }
        Nd4jBackend.initialise();
        this.spec = spec;
        this.capacity = batchCapacity;
        int width = spec.width();
        List<ParameterTensor> params = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < spec.hiddenLayers(); l++) {
            DenseLayer layer = new DenseLayer("hidden" + l, l == 0 ? spec.inputs() : width, width);
            layer.initialise(spec.activation(), l, random);
            hidden.add(layer);
            params.add(layer.weight());
            params.add(layer.bias());
        }
        out = new DenseLayer("output", width, spec.outputs());
        out.initialise(spec.activation(), spec.hiddenLayers(), random);
        params.add(out.weight());
        params.add(out.bias());
        parameters = Collections.unmodifiableList(params);

        input = new DeviceMatrix(capacity, spec.inputs());
        pre = new DeviceMatrix[spec.hiddenLayers()];
        post = new DeviceMatrix[spec.hiddenLayers()];
        for (int l = 0; l < pre.length; l++) {
            pre[l] = new DeviceMatrix(capacity, width);
            post[l] = new DeviceMatrix(capacity, width);
        }
        output = new DeviceMatrix(capacity, spec.outputs());
        outputGradient = new DeviceMatrix(capacity, spec.outputs());
        gradientA = new DeviceMatrix(capacity, width);
        gradientB = new DeviceMatrix(capacity, width);
        ioChunk = new float[capacity * Math.max(spec.inputs(), spec.outputs())];
    }

    public MlpSpec spec() {
        return spec;
    }

    public int batchCapacity() {
        return capacity;
    }

    /** All trainable tensors, in layer order (weight, bias, weight, bias, ...). */
    public List<ParameterTensor> parameters() {
        return parameters;
    }

    /** Bytes of native memory the buffers of a network with this spec and batch need. */
    public static long nativeBytes(MlpSpec spec, int batchCapacity) {
        long perRow = spec.inputs() + 2L * spec.outputs() + (2L * spec.hiddenLayers() + 2) * spec.width();
        return 4L * (perRow * batchCapacity + 2 * spec.parameterCount());
    }

    /**
     * Evaluates the network on {@code rows} coordinates (row-major, {@code inputs} per row)
     * and keeps the activations for a following {@link #backward}.
     */
    public void forward(float[] coordinates, int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows, capacity " + capacity);
        }
        batchRows = rows;
        input.write(0, rows, coordinates);
        DeviceMatrix x = input;
        for (int l = 0; l < hidden.size(); l++) {
            DenseLayer layer = hidden.get(l);
            layer.uploadWeights();
            gemm(x.top(rows), layer.weightOnDevice(), pre[l].top(rows), false, true, 0.0);
            FusedPasses.biasAndActivate(pre[l], post[l], rows, layer.bias().values(), spec.activation());
            x = post[l];
        }
        out.uploadWeights();
        gemm(x.top(rows), out.weightOnDevice(), output.top(rows), false, true, 0.0);
        FusedPasses.addBias(output, rows, out.bias().values());
    }

    /** Copies the last forward pass's outputs into a channel-planar array. */
    public void readOutput(float[] planar, int rowStart, int totalRows) {
        int channels = spec.outputs();
        output.read(0, batchRows, ioChunk);
        for (int p = 0; p < batchRows; p++) {
            for (int ch = 0; ch < channels; ch++) {
                planar[ch * totalRows + rowStart + p] = ioChunk[p * channels + ch];
            }
        }
    }

    /**
     * Backpropagates the gradient of the loss with respect to the outputs of the last
     * forward pass. With {@code accumulate} the parameter gradients are added to those of
     * earlier batches; otherwise they replace them.
     */
    public void backward(float[] outputGradientPlanar, int rowStart, int totalRows, boolean accumulate) {
        int rows = batchRows;
        int channels = spec.outputs();
        for (int p = 0; p < rows; p++) {
            for (int ch = 0; ch < channels; ch++) {
                ioChunk[p * channels + ch] = outputGradientPlanar[ch * totalRows + rowStart + p];
            }
        }
        outputGradient.write(0, rows, ioChunk);
        double beta = accumulate ? 1.0 : 0.0;
        if (!accumulate) {
            out.clearGradients();
            hidden.forEach(DenseLayer::clearGradients);
        }

        DeviceMatrix last = post[hidden.size() - 1];
        gemm(outputGradient.top(rows), last.top(rows), out.weightGradientOnDevice(), true, false, beta);
        FusedPasses.columnSums(outputGradient, rows, out.biasGradientSum());
        gemm(outputGradient.top(rows), out.weightOnDevice(), gradientA.top(rows), false, false, 0.0);

        DeviceMatrix current = gradientA;
        DeviceMatrix spare = gradientB;
        for (int l = hidden.size() - 1; l >= 0; l--) {
            DenseLayer layer = hidden.get(l);
            FusedPasses.activationBackward(pre[l], current, rows, layer.bias().values(), spec.activation(),
                    layer.biasGradientSum());
            DeviceMatrix below = l == 0 ? input : post[l - 1];
            gemm(current.top(rows), below.top(rows), layer.weightGradientOnDevice(), true, false, beta);
            if (l > 0) {
                gemm(current.top(rows), layer.weightOnDevice(), spare.top(rows), false, false, 0.0);
                DeviceMatrix t = current;
                current = spare;
                spare = t;
            }
        }
        out.downloadGradients();
        hidden.forEach(DenseLayer::downloadGradients);
    }

    /** Total time spent inside GEMM calls since construction or the last reset. */
    public long gemmNanos() {
        return gemmNanos;
    }

    public void resetGemmNanos() {
        gemmNanos = 0;
    }

    private void gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double beta) {
        long t0 = System.nanoTime();
        Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, beta);
        gemmNanos += System.nanoTime() - t0;
    }
}
