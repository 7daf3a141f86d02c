package org.reluinr.core.fit;

import java.util.SplittableRandom;

import org.reluinr.core.nn.Mlp;
import org.reluinr.core.operators.FootprintOperator;

/**
 * Stochastic mini-batches over measurements: each epoch visits every measurement once, in
 * random batches of {@code batchSize}; a batch evaluates the network only at its
 * measurements' footprints and backpropagates the batch's mean squared error. The order is
 * drawn from the seed, so runs are repeatable.
 */
final class MiniBatches {

    private final FootprintOperator operator;
    private final int channels;
    private final float[] measurements;
    private final int batchSize;
    private final int[] order;
    private final int[] points;
    private final float[] output;
    private final float[] gradient;
    private final SplittableRandom random;

    /**
     * @param capacity the most points the network evaluates at once; caps the batch size
     */
    MiniBatches(FootprintOperator operator, int channels, float[] measurements, int batchSize, int capacity,
            long seed) {
        this.operator = operator;
        this.channels = channels;
        this.measurements = measurements;
        int footprint = operator.footprintSize();
        this.batchSize = Math.max(1, Math.min(Math.min(batchSize, operator.rangeSize()), capacity / footprint));
        this.order = new int[operator.rangeSize()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.points = new int[this.batchSize * footprint];
        this.output = new float[channels * points.length];
        this.gradient = new float[channels * points.length];
        this.random = new SplittableRandom(seed);
    }

    int batchSize() {
        return batchSize;
    }

    /**
     * One pass over all measurements; {@code step} runs after each batch's backward pass
     * (regularisers, Adam). Returns the pass's data loss: the mean squared residual of every
     * measurement, each taken by its batch's forward pass, before that batch's step.
     */
    double epoch(Mlp network, NetworkInputs inputs, Runnable step) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int footprint = operator.footprintSize();
        int m = operator.rangeSize();
        double squares = 0;
        for (int start = 0; start < m; start += batchSize) {
            int b = Math.min(batchSize, m - start);
            int rows = b * footprint;
            for (int k = 0; k < b; k++) {
                operator.footprint(order[start + k], points, k * footprint);
            }
            network.forward(inputs.rowsAt(points, rows), rows);
            network.readOutput(output, 0, rows);
            double scale = 2.0 / ((double) b * channels * footprint);
            for (int ch = 0; ch < channels; ch++) {
                for (int k = 0; k < b; k++) {
                    int first = ch * rows + k * footprint;
                    double mean = 0;
                    for (int j = 0; j < footprint; j++) {
                        mean += output[first + j];
                    }
                    mean /= footprint;
                    double residual = mean - measurements[ch * m + order[start + k]];
                    squares += residual * residual;
                    float g = (float) (scale * residual);
                    for (int j = 0; j < footprint; j++) {
                        gradient[first + j] = g;
                    }
                }
            }
            network.backward(gradient, 0, rows, false);
            step.run();
        }
        return squares / ((double) m * channels);
    }
}
