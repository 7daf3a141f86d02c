package org.reluinr.core.operators;

import org.reluinr.core.parallel.RowParallel;

/**
 * A sinogram-space metric that makes CT fitting as well conditioned as fitting an image:
 * W·A with W the square root of filtered back-projection's ramp filter applied along each
 * projection. Since Aᵀ W² A is, up to a constant, FBP applied to A — close to the identity on
 * the support — gradient steps on ½‖W(A f − y)‖² reach all spatial frequencies at similar
 * speed instead of the fine ones last (Aᵀ A alone weights frequency ω by 1/|ω|). For
 * consistent data the minimisers are those of the plain least-squares problem.
 *
 * <p>W is symmetric: each projection of n bins is zero-padded to a period p ≥ 2n, circularly
 * convolved with the even kernel of √(ramp response) (the band-limited ramp of
 * {@link FilteredBackProjection}, whose zero frequency is small but not zero, so the sum of each
 * projection still counts) and cropped back to n bins.
 */
public final class RampWeighting implements LinearOperator {

    private final LinearOperator inner;
    private final int bins;
    private final int rows;
    private final double[] kernel;
    private final float[] unweighted;

    /** @param inner an operator whose measurements are rows of {@code bins} detector bins */
    public RampWeighting(LinearOperator inner, int bins) {
        if (bins < 1 || inner.rangeSize() % bins != 0) {
            throw new IllegalArgumentException("the operator's " + inner.rangeSize() + " measurements are not rows of "
                    + bins + " bins");
        }
        this.inner = inner;
        this.bins = bins;
        this.rows = inner.rangeSize() / bins;
        this.kernel = sqrtRampKernel(FilteredBackProjection.paddedLength(bins));
        this.unweighted = new float[inner.rangeSize()];
    }

    /** W y: the measurements in this metric. */
    public float[] weigh(float[] measurements) {
        float[] out = new float[measurements.length];
        filter(measurements, out);
        return out;
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
        inner.apply(x, unweighted);
        filter(unweighted, y);
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        filter(y, unweighted);
        inner.adjoint(unweighted, x);
    }

    /**
     * out = K in row by row, K<sub>ij</sub> = kernel[|i − j|]: with p ≥ 2n every lag is below
     * p/2, where the periodic kernel is even. Summed lag by lag, each lag a flat loop over the
     * row that the JIT vectorises (a sum over j per bin would be a sequential reduction).
     */
    private void filter(float[] in, float[] out) {
        RowParallel.run(rows, (worker, from, to) -> {
            double[] acc = new double[bins];
            for (int r = from; r < to; r++) {
                int base = r * bins;
                double k0 = kernel[0];
                for (int i = 0; i < bins; i++) {
                    acc[i] = k0 * in[base + i];
                }
                for (int d = 1; d < bins; d++) {
                    double k = kernel[d];
                    for (int i = d; i < bins; i++) {
                        acc[i] += k * in[base + i - d];
                    }
                    for (int i = 0; i < bins - d; i++) {
                        acc[i] += k * in[base + i + d];
                    }
                }
                for (int i = 0; i < bins; i++) {
                    out[base + i] = (float) acc[i];
                }
            }
        });
    }

    /** The even impulse response of √(ramp) over one period p. */
    private static double[] sqrtRampKernel(int p) {
        double[] response = FilteredBackProjection.frequencyResponse(p, FilteredBackProjection.Filter.RAMP);
        double[] kernel = new double[p];
        for (int m = 0; m < p; m++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += Math.sqrt(Math.max(0, response[k])) * Math.cos(2 * Math.PI * k * m / p);
            }
            kernel[m] = s / p;
        }
        return kernel;
    }
}
