package org.reluinr.core.classical;

import java.util.Arrays;

import org.reluinr.core.operators.AveragePoolOperator;

/**
 * Irani and Peleg's iterative back-projection for super-resolution under the block-average
 * model: start from an upscaling ({@link BlockUpscaling}; theirs is cubic), then
 * x ← x + B(y − Ax), A = {@link AveragePoolOperator} and B the block-centred cubic upscaling of
 * the residual. The low-resolution residual
 * evolves as r ← (I − AB) r; AB is close to a convolution whose response lies in about
 * [0.47, 1] (0.6875² at the Nyquist frequency for s = 2), so the unit step converges and the
 * result's block averages approach y.
 */
public final class IterativeBackProjection {

    public static final int DEFAULT_ITERATIONS = 50;

    private IterativeBackProjection() {
    }

    /** The (s·width) × (s·height) image from a width × height low-resolution one. */
    public static float[] upscale(float[] low, int width, int height, int scale, int iterations,
            BlockUpscaling start) {
        boolean[] all = new boolean[low.length];
        Arrays.fill(all, true);
        return upscale(low, all, width, height, scale, iterations, start);
    }

    /**
     * The same from the low-resolution pixels marked known alone, so that it can be scored on
     * the others: an unknown pixel starts as the mean of its known 3 × 3 neighbours (of all
     * known pixels when it has none), and its residual is never back-projected.
     */
    public static float[] upscale(float[] low, boolean[] known, int width, int height, int scale, int iterations,
            BlockUpscaling start) {
        AveragePoolOperator pool = new AveragePoolOperator(width, height, scale);
        float[] x = start.upscale(filled(low, known, width, height), width, height, scale);
        float[] residual = new float[low.length];
        for (int k = 0; k < iterations; k++) {
            pool.apply(x, residual);
            for (int i = 0; i < residual.length; i++) {
                residual[i] = known[i] ? low[i] - residual[i] : 0;
            }
            Vectors.addScaled(x, 1, Interpolation.blockCentred(residual, width, height, scale,
                    Interpolation.Kernel.CUBIC));
        }
        return x;
    }

    private static float[] filled(float[] low, boolean[] known, int width, int height) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < low.length; i++) {
            if (known[i]) {
                sum += low[i];
                count++;
            }
        }
        float mean = count > 0 ? (float) (sum / count) : 0;
        float[] out = low.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!known[y * width + x]) {
                    out[y * width + x] = neighbourMean(low, known, width, height, x, y, mean);
                }
            }
        }
        return out;
    }

    private static float neighbourMean(float[] low, boolean[] known, int width, int height, int x, int y,
            float fallback) {
        double sum = 0;
        int count = 0;
        for (int v = Math.max(0, y - 1); v <= Math.min(height - 1, y + 1); v++) {
            for (int u = Math.max(0, x - 1); u <= Math.min(width - 1, x + 1); u++) {
                if (known[v * width + u]) {
                    sum += low[v * width + u];
                    count++;
                }
            }
        }
        return count > 0 ? (float) (sum / count) : fallback;
    }
}
