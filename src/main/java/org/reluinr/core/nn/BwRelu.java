package org.reluinr.core.nn;

/**
 * The BW-ReLU activation φ(z) = ψ(c·z), where ψ is the second-order B-spline wavelet
 * written with seven ReLUs:
 * ψ(x) = (1/6)[σ(x) − 8σ(x−½) + 23σ(x−1) − 32σ(x−3/2) + 23σ(x−2) − 8σ(x−5/2) + σ(x−3)].
 *
 * <p>ψ is piecewise linear, supported on [0, 3] and symmetric about 3/2. With
 * t = max(3/2 − |x − 3/2|, 0), the distance into the support from its nearer edge, it equals
 * (1/6)[t − 8σ(t − ½) + 23σ(t − 1)]: three max/min operations instead of seven, exactly zero
 * outside the support, which is what makes one fused pass over a layer cheap. The step
 * functions of the derivative are written with min/max as well ({@link #step}) because the
 * JIT vectorises min/max but not conditional moves.
 */
public final class BwRelu implements Activation {

    public static final String NAME = "bw_relu";

    private static final float CENTRE = 1.5f;
    private static final float SIXTH = 1f / 6f;
    /** Large enough that any non-zero float difference near a knot saturates the step. */
    private static final float STEEP = 1e30f;

    /** Not final: with learn_c the optimiser updates it between iterations. */
    private float c;

    public BwRelu(float c) {
        if (!(c > 0) || Float.isInfinite(c)) {
            throw new IllegalArgumentException("BW-ReLU scale c must be a positive number, got " + c);
        }
        this.c = c;
    }

    @Override
    public boolean hasLearnableScale() {
        return true;
    }

    @Override
    public double scale() {
        return c;
    }

    @Override
    public void setScale(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("c became " + value);
        }
        c = (float) value;
    }

    /** ∂ψ(c·x)/∂c = ψ'(c·x) · x. */
    @Override
    public double scaleGradient(float[] z, float[] b, float[] g, int n) {
        final float cc = c;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float x = z[i] + b[i];
            sum += g[i] * psiDerivative(cc * x) * x;
        }
        return sum;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double pathNormScale() {
        return Math.abs(c);
    }

    /** ψ(x), the unscaled wavelet. */
    public static float psi(float x) {
        float t = Math.max(CENTRE - Math.abs(x - CENTRE), 0f);
        return SIXTH * (t - 8f * Math.max(t - 0.5f, 0f) + 23f * Math.max(t - 1f, 0f));
    }

    /** ψ'(x), the derivative of the unscaled wavelet (0 at the knots where u or t vanish). */
    public static float psiDerivative(float x) {
        float u = x - CENTRE;
        float t = CENTRE - Math.abs(u);
        float towardsCentre = -Math.min(Math.max(u * STEEP, -1f), 1f);
        float slope = SIXTH * (1f - 8f * step(t - 0.5f) + 23f * step(t - 1f));
        return towardsCentre * slope * step(t);
    }

    /** 1 for u > 0, else 0, for every float u that is not within 1e-30 of zero. */
    static float step(float u) {
        return Math.min(Math.max(u * STEEP, 0f), 1f);
    }

    @Override
    public void forward(float[] z, float[] b, float[] a, int n) {
        final float cc = c;
        for (int i = 0; i < n; i++) {
            a[i] = psi(cc * (z[i] + b[i]));
        }
    }

    @Override
    public void backward(float[] z, float[] b, float[] g, int n) {
        final float cc = c;
        for (int i = 0; i < n; i++) {
            g[i] *= cc * psiDerivative(cc * (z[i] + b[i]));
        }
    }
}
