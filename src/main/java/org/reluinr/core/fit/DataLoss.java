package org.reluinr.core.fit;

import org.reluinr.core.operators.LinearOperator;

/**
 * L = mean((A f − y)²) over all measurements and channels, and its gradient with respect
 * to the network output, (2/M) Aᵀ(A f − y). The only place that knows about the operator.
 */
final class DataLoss {

    private final LinearOperator operator;
    private final int channels;
    private final float[] measurements;
    private final float[] image;
    private final float[] residual;
    private final float[] back;

    DataLoss(LinearOperator operator, int channels, float[] measurements) {
        this.operator = operator;
        this.channels = channels;
        this.measurements = measurements;
        this.image = new float[operator.domainSize()];
        this.residual = new float[operator.rangeSize()];
        this.back = new float[operator.domainSize()];
    }

    /** Returns L for the channel-planar output f and writes ∂L/∂f into gradient. */
    double evaluate(float[] f, float[] gradient) {
        int n = operator.domainSize();
        int m = operator.rangeSize();
        double count = (double) m * channels;
        double sum = 0;
        for (int ch = 0; ch < channels; ch++) {
            System.arraycopy(f, ch * n, image, 0, n);
            operator.apply(image, residual);
            for (int i = 0; i < m; i++) {
                float r = residual[i] - measurements[ch * m + i];
                residual[i] = r;
                sum += (double) r * r;
            }
            operator.adjoint(residual, back);
            float scale = (float) (2 / count);
            for (int i = 0; i < n; i++) {
                gradient[ch * n + i] = scale * back[i];
            }
        }
        return sum / count;
    }
}
