package org.reluinr.core.operators;

/**
 * An operator each of whose measurements is the mean of a few image points (the identity,
 * block averages). A subset of measurements then depends only on a subset of points, which
 * is what stochastic mini-batches need.
 */
public interface FootprintOperator extends LinearOperator {

    /** Points per measurement. */
    int footprintSize();

    /** Writes the image points whose mean is {@code measurement} into points[offset ..]. */
    void footprint(int measurement, int[] points, int offset);
}
