package org.reluinr.core.operators;

/**
 * Some of another operator's measurements: y = (A x)[indices]. The adjoint scatters them back
 * into A's range (zero elsewhere) and applies Aᵀ. Used to fit on part of the measurements
 * and hold out the rest.
 */
public final class SubsetOperator implements LinearOperator {

    private final LinearOperator full;
    private final int[] indices;
    private final float[] range;

    /** @param indices distinct measurement indices of {@code full}, in any order */
    public SubsetOperator(LinearOperator full, int[] indices) {
        boolean[] seen = new boolean[full.rangeSize()];
        for (int i : indices) {
            if (i < 0 || i >= seen.length || seen[i]) {
                throw new IllegalArgumentException("subset indices must be distinct and within 0.." + (seen.length - 1));
            }
            seen[i] = true;
        }
        this.full = full;
        this.indices = indices.clone();
        this.range = new float[full.rangeSize()];
    }


    @Override
    public int domainSize() {
        return full.domainSize();
    }

    @Override
    public int rangeSize() {
        return indices.length;
    }

    @Override
    public void apply(float[] x, float[] y) {
        full.apply(x, range);
        for (int k = 0; k < indices.length; k++) {
            y[k] = range[indices[k]];
        }
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        java.util.Arrays.fill(range, 0f);
        for (int k = 0; k < indices.length; k++) {
            range[indices[k]] = y[k];
        }
        full.adjoint(range, x);
    }
}
