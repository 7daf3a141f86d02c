package org.reluinr.core.fit;

import org.reluinr.core.operators.LinearOperator;

/**
 * Measurements the fit does not see (channel-planar), with the operator that predicts one
 * channel of them from one channel of an image ([0, 1] scale). Their mean squared
 * prediction error tells, without any ground truth, whether a model explains data it was
 * not fitted to.
 */
public record HeldOutMeasurements(LinearOperator operator, float[] measurements) {

    public HeldOutMeasurements {
        if (measurements.length == 0 || measurements.length % operator.rangeSize() != 0) {
            throw new IllegalArgumentException("expected a whole number of channels of " + operator.rangeSize()
                    + " held-out measurements, got " + measurements.length);
        }
    }

    /** Mean squared error of the prediction A f (f channel-planar) against the held-out measurements. */
    public double error(float[] image) {
        int n = operator.domainSize();
        int m = operator.rangeSize();
        float[] channel = new float[n];
        float[] predicted = new float[m];
        double sum = 0;
        for (int ch = 0; ch < measurements.length / m; ch++) {
            System.arraycopy(image, ch * n, channel, 0, n);
            operator.apply(channel, predicted);
            for (int i = 0; i < m; i++) {
                double r = predicted[i] - measurements[ch * m + i];
                sum += r * r;
            }
        }
        return sum / measurements.length;
    }
}
