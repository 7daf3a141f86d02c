package org.reluinr.core.operators;

/** A = I: the measurements are the image itself (signal representation). */
public final class IdentityOperator implements FootprintOperator {

    private final int size;

    public IdentityOperator(int size) {
        this.size = size;
    }

    @Override
    public int domainSize() {
        return size;
    }

    @Override
    public int rangeSize() {
        return size;
    }

    @Override
    public int footprintSize() {
        return 1;
    }

    @Override
    public void footprint(int measurement, int[] points, int offset) {
        points[offset] = measurement;
    }

    @Override
    public void apply(float[] x, float[] y) {
        System.arraycopy(x, 0, y, 0, size);
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        System.arraycopy(y, 0, x, 0, size);
    }
}
