package org.reluinr.core.classical;

import java.util.Arrays;

import org.reluinr.core.operators.LinearOperator;

/**
 * Simultaneous iterative reconstruction: x ← P(x + C Aᵀ R (y − Ax)) with R and C the inverse
 * row and column sums of A. For operators with non-negative entries (Radon, block averages)
 * this is a gradient step in the R-weighted norm that converges without a norm estimate.
 * Rows or columns that sum to zero (rays that miss the image) are left out.
 */
public final class Sirt {

    public static final int DEFAULT_ITERATIONS = 100;

    private Sirt() {
    }

    public static float[] solve(LinearOperator a, float[] y, FeasibleSet set, int iterations) {
        Vectors.requireLength(y, a.rangeSize(), "the measurements");
        float[] rowWeights = inverseSums(a, true);
        float[] columnWeights = inverseSums(a, false);
        float[] x = new float[a.domainSize()];
        float[] residual = new float[a.rangeSize()];
        float[] update = new float[a.domainSize()];
        for (int k = 0; k < iterations; k++) {
            a.apply(x, residual);
            for (int i = 0; i < residual.length; i++) {
                residual[i] = (y[i] - residual[i]) * rowWeights[i];
            }
            a.adjoint(residual, update);
            for (int i = 0; i < x.length; i++) {
                x[i] += columnWeights[i] * update[i];
            }
            set.project(x);
        }
        return x;
    }

    /** 1 / (A 1) for rows, 1 / (Aᵀ 1) for columns; 0 where the sum is not positive. */
    private static float[] inverseSums(LinearOperator a, boolean rows) {
        float[] ones = new float[rows ? a.domainSize() : a.rangeSize()];
        Arrays.fill(ones, 1f);
        float[] sums = new float[rows ? a.rangeSize() : a.domainSize()];
        if (rows) {
            a.apply(ones, sums);
        } else {
            a.adjoint(ones, sums);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = sums[i] > 1e-6f ? 1 / sums[i] : 0;
        }
        return sums;
    }
}
