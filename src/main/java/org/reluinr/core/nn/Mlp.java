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
 * <p>Without {@link Precision#FP32}, the layers between two activated layers multiply bfloat16
 * operands ({@link Bf16Matmul}) in the backward pass, and with {@link Precision#BF16} in the
 * forward pass too: the fused passes that feed those products round their activations and
 * gradients into bfloat16 as they write them, so no pass over memory is added.
 *
 * <p>Outputs and output gradients are exchanged channel-planar: value of channel ch at
 * point p of a batch that starts at {@code rowStart} of {@code totalRows} points lives at
 * {@code ch * totalRows + rowStart + p}.
 */
public final class Mlp {

    private final MlpSpec spec;
    private final int capacity;
    private final List<MlpSpec.Layer> shapes;
    private final List<DenseLayer> layers = new ArrayList<>();
    private final List<ParameterTensor> parameters;
    /** The activation's scale as a trainable tensor of one value, or null without learn_c. */
    private final ParameterTensor scale;
    /** Per layer: whether its backward GEMMs take bfloat16 operands. */
    private final boolean[] mixed;
    /** Whether the mixed layers' forward GEMMs do too. */
    private final boolean mixedForward;

    private final DeviceMatrix input;
    /** Pre-activations of activated layers (null for linear ones). */
    private final DeviceMatrix[] pre;
    /**
     * Each layer's output: activations, or the linear layer's result; the last is the network's
     * output. A layer that feeds a mixed one keeps its output in {@link #postBf16} too, or only
     * there (null here) when the forward GEMMs are mixed.
     */
    private final DeviceMatrix[] post;
    private final Bf16Matrix[] postBf16;
    /** The gradient at a mixed layer's pre-activations, in bfloat16 (null without mixed layers). */
    private final Bf16Matrix gradientBf16;
    private final DeviceMatrix outputGradient;
    private final DeviceMatrix gradientA;
    private final DeviceMatrix gradientB;
    private final float[] ioChunk;

    private int batchRows;
    private long gemmNanos;

    public Mlp(MlpSpec spec, int batchCapacity, long seed) {
        this(spec, batchCapacity, seed, Precision.FP32);
    }

    public Mlp(MlpSpec spec, int batchCapacity, long seed, Precision precision) {
        if (batchCapacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1");
        }
        Nd4jBackend.initialise();
        this.spec = spec;
        this.capacity = batchCapacity;
        this.shapes = spec.layers();
        List<ParameterTensor> params = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        List<MlpSpec.Tensor> tensors = spec.tensors();
        int count = shapes.size();
        pre = new DeviceMatrix[count];
        post = new DeviceMatrix[count];
        postBf16 = new Bf16Matrix[count];
        mixed = new boolean[count];
        for (int l = 1; l < count; l++) {
            mixed[l] = precision != Precision.FP32 && shapes.get(l).activated() && shapes.get(l - 1).activated();
        }
        mixedForward = precision == Precision.BF16;
        for (int l = 0; l < count; l++) {
            MlpSpec.Layer shape = shapes.get(l);
            DenseLayer layer = new DenseLayer(shape, tensors.get(2 * l), tensors.get(2 * l + 1), mixed[l]);
            layer.initialise(spec.activation(), l, random);
            layers.add(layer);
            params.add(layer.weight());
            params.add(layer.bias());
            pre[l] = shape.activated() ? new DeviceMatrix(capacity, shape.outputs()) : null;
            boolean feedsMixed = l + 1 < count && mixed[l + 1];
            postBf16[l] = feedsMixed ? new Bf16Matrix(capacity, shape.outputs()) : null;
            post[l] = feedsMixed && mixedForward ? null : new DeviceMatrix(capacity, shape.outputs());
        }
        boolean anyMixed = false;
        for (boolean m : mixed) {
            anyMixed |= m;
        }
        if (anyMixed) {
            Bf16Matmul.start();
        }
        gradientBf16 = anyMixed ? new Bf16Matrix(capacity, spec.deviceWidth()) : null;
        if (spec.learnScale()) {
            scale = new ParameterTensor(tensors.get(tensors.size() - 1));
            scale.values()[0] = (float) spec.activation().scale();
            params.add(scale);
        } else {
            scale = null;
        }
        parameters = Collections.unmodifiableList(params);

        input = new DeviceMatrix(capacity, spec.inputs());
        outputGradient = new DeviceMatrix(capacity, spec.outputs());
        gradientA = new DeviceMatrix(capacity, spec.deviceWidth());
        gradientB = new DeviceMatrix(capacity, spec.deviceWidth());
        ioChunk = new float[capacity * Math.max(spec.inputs(), spec.outputs())];
    }

    public MlpSpec spec() {
        return spec;
    }

    /** How each layer's trainable tensors map onto its real matrix, in layer order. */
    List<WeightLayout> layouts() {
        return layers.stream().map(DenseLayer::layout).toList();
    }

    /** All trainable tensors, in layer order (weight, bias, weight, bias, ...). */
    public List<ParameterTensor> parameters() {
        return parameters;
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
        if (scale != null) {
            spec.activation().setScale(scale.values()[0]);
        }
        input.write(0, rows, coordinates);
        DeviceMatrix x = input;
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            layer.uploadWeights();
            FusedPasses.RowWriter output = output(l);
            if (mixed[l] && mixedForward) {
                mixedGemm(postBf16[l - 1], false, layer.weightBf16(), true, pre[l].top(rows), rows, false);
                FusedPasses.biasAndActivate(pre[l], output, rows, layer.deviceBias(), spec.activation());
            } else if (shapes.get(l).activated()) {
                gemm(x.top(rows), layer.weightOnDevice(), pre[l].top(rows), false, true, 0.0);
                FusedPasses.biasAndActivate(pre[l], output, rows, layer.deviceBias(), spec.activation());
            } else {
                gemm(x.top(rows), layer.weightOnDevice(), post[l].top(rows), false, true, 0.0);
                FusedPasses.addBias(post[l], rows, layer.deviceBias());
            }
            x = post[l];
        }
    }

    /** Where layer l's activations go: its float matrix, its bfloat16 copy, or both. */
    private FusedPasses.RowWriter output(int l) {
        DeviceMatrix floats = post[l];
        Bf16Matrix rounded = postBf16[l];
        if (floats == null || rounded == null) {
            return floats != null ? floats : rounded;
        }
        return (row, n, src) -> {
            floats.write(row, n, src);
            rounded.write(row, n, src);
        };
    }

    /** Copies the last forward pass's outputs into a channel-planar array. */
    public void readOutput(float[] planar, int rowStart, int totalRows) {
        int channels = spec.outputs();
        post[post.length - 1].read(0, batchRows, ioChunk);
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
            layers.forEach(DenseLayer::clearGradients);
        }
        double[] scaleGradient = scale == null ? null : new double[1];
        DeviceMatrix current = outputGradient;
        for (int l = layers.size() - 1; l >= 0; l--) {
            DenseLayer layer = layers.get(l);
            DeviceMatrix next = current == gradientA ? gradientB : gradientA;
            if (mixed[l]) {
                FusedPasses.activationBackward(pre[l], current, gradientBf16, rows, layer.deviceBias(),
                        spec.activation(), layer.biasGradientSum(), scaleGradient);
                mixedGemm(gradientBf16, true, postBf16[l - 1], false, layer.weightGradientOnDevice(), rows, accumulate);
                mixedGemm(gradientBf16, false, layer.weightBf16(), false, next.top(rows), rows, false);
                current = next;
                continue;
            }
            if (shapes.get(l).activated()) {
                FusedPasses.activationBackward(pre[l], current, current, rows, layer.deviceBias(), spec.activation(),
                        layer.biasGradientSum(), scaleGradient);
            } else {
                FusedPasses.columnSums(current, rows, layer.biasGradientSum());
            }
            DeviceMatrix below = l == 0 ? input : post[l - 1];
            gemm(current.top(rows), below.top(rows), layer.weightGradientOnDevice(), true, false, beta);
            if (l > 0) {
                gemm(current.top(rows), layer.weightOnDevice(), next.top(rows), false, false, 0.0);
                current = next;
            }
        }
        layers.forEach(DenseLayer::downloadGradients);
        if (scale != null) {
            scale.gradient()[0] = (float) ((accumulate ? scale.gradient()[0] : 0) + scaleGradient[0]);
        }
    }

    /** Total time spent inside GEMM calls since construction or the last reset. */
    public long gemmNanos() {
        return gemmNanos;
    }

    public void resetGemmNanos() {
        gemmNanos = 0;
    }

    /**
     * c (+)= op(a)·op(b) over the first {@code rows} rows of a batch, on bfloat16 operands; the
     * batch is the product's inner dimension when {@code a} is transposed, its outer one otherwise.
     */
    private void mixedGemm(Bf16Matrix a, boolean transposeA, Bf16Matrix b, boolean transposeB, INDArray c, int rows,
            boolean accumulate) {
        long t0 = System.nanoTime();
        int k = transposeA ? rows : transposeB ? b.cols() : b.rows();
        Bf16Matmul.multiply(a, transposeA, b, transposeB, c, (int) c.size(0), (int) c.size(1), k, accumulate);
        gemmNanos += System.nanoTime() - t0;
    }

    private void gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double beta) {
        long t0 = System.nanoTime();
        Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, beta);
        gemmNanos += System.nanoTime() - t0;
    }
}
