package org.reluinr.core.classical;

import java.util.Arrays;

import org.reluinr.core.operators.LinearOperator;

/**
 * A restricted to some of its measurements: (S A) x keeps the listed entries of A x, and the
 * adjoint scatters them into an otherwise zero measurement vector before Aᵀ. Works for any
 * operator at the cost of one full application. Not thread-safe (shared buffers).
 */
public final class SubsetOperator implements LinearOperator {

    private final LinearOperator a;
    private final int[] indices;
    private final float[] full;

    /** @param indices distinct measurement indices of A, in the order of the subset's entries */
    public SubsetOperator(LinearOperator a, int[] indices) {
        for (int i : indices) {
            if (i < 0 || i >= a.rangeSize()) {
                throw new IllegalArgumentException("measurement " + i + " outside the operator's " + a.rangeSize());
            }
        }
        this.a = a;
        this.indices = indices.clone();
        this.full = new float[a.rangeSize()];
    }

    @Override
    public int domainSize() {
        return a.domainSize();
    }

    @Override
    public int rangeSize() {
        return indices.length;
    }

    @Override
    public void apply(float[] x, float[] y) {
        a.apply(x, full);
        for (int k = 0; k < indices.length; k++) {
            y[k] = full[indices[k]];
        }
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        Arrays.fill(full, 0f);
        for (int k = 0; k < indices.length; k++) {
            full[indices[k]] = y[k];
        }
        a.adjoint(full, x);
    }
}
