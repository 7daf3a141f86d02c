package org.reluinr.core.operators;

/**
 * An operator that sees only the pixels of a support, A·M with M the 0/1 mask of the support:
 * what lies outside cannot change the measurements, and its gradient there is zero, so a
 * reconstruction is constrained to the support by masking the result.
 */
public final class SupportedOperator implements LinearOperator {

    private final LinearOperator inner;
    private final boolean[] support;
    private final float[] masked;

    public SupportedOperator(LinearOperator inner, boolean[] support) {
        if (support.length != inner.domainSize()) {
            throw new IllegalArgumentException("the support has " + support.length + " pixels, the operator expects "
                    + inner.domainSize());
        }
        this.inner = inner;
        this.support = support.clone();
        this.masked = new float[support.length];
    }

    @Override
    public int domainSize() {
        return inner.domainSize();
    }

    @Override
    public int rangeSize() {
        return inner.rangeSize();
    }

    @Override
    public void apply(float[] x, float[] y) {
        for (int i = 0; i < masked.length; i++) {
            masked[i] = support[i] ? x[i] : 0f;
        }
        inner.apply(masked, y);
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        inner.adjoint(y, x);
        for (int i = 0; i < x.length; i++) {
            if (!support[i]) {
                x[i] = 0f;
            }
        }
    }
}
