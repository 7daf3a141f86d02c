package org.reluinr.core.classical;

import org.reluinr.core.operators.AveragePoolOperator;

/**
 * Irani and Peleg's iterative back-projection for super-resolution under the block-average
 * model: start from the cubic upscaling, then x ← x + B(y − Ax), A = {@link AveragePoolOperator}
 * and B the block-centred cubic upscaling of the residual. The low-resolution residual
 * evolves as r ← (I − AB) r; AB is close to a convolution whose response lies in about
 * [0.47, 1] (0.6875² at the Nyquist frequency for s = 2), so the unit step converges and the
 * result's block averages approach y.
 */
public final class IterativeBackProjection {

    public static final int DEFAULT_ITERATIONS = 50;

    private IterativeBackProjection() {
    }

    /** The (s·width) × (s·height) image from a width × height low-resolution one. */
    public static float[] upscale(float[] low, int width, int height, int scale, int iterations) {
        AveragePoolOperator pool = new AveragePoolOperator(width, height, scale);
        float[] x = Interpolation.blockCentred(low, width, height, scale, Interpolation.Kernel.CUBIC);
        float[] residual = new float[low.length];
        for (int k = 0; k < iterations; k++) {
            pool.apply(x, residual);
            for (int i = 0; i < residual.length; i++) {
                residual[i] = low[i] - residual[i];
            }
            Vectors.addScaled(x, 1, Interpolation.blockCentred(residual, width, height, scale,
                    Interpolation.Kernel.CUBIC));
        }
        return x;
    }
}
