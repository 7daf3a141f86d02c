package org.reluinr.core.nn;

/**
 * The BW-ReLU activation φ(z) = ψ(c·z), where ψ is the second-order B-spline wavelet
 * written with seven ReLUs:
 * ψ(x) = (1/6)[σ(x) − 8σ(x−½) + 23σ(x−1) − 32σ(x−3/2) + 23σ(x−2) − 8σ(x−5/2) + σ(x−3)].
 *
 * <p>ψ is piecewise linear, supported on [0, 3] and symmetric about 3/2. With
 * s = min(|x − 3/2|, 3/2) it equals 5/6 − (8/3)s + (23/6)σ(s − ½) − (4/3)σ(s − 1): three
 * max/min operations instead of seven, which is what makes one fused pass over a layer
 * cheap. The step functions of the derivative are written with min/max as well
 * ({@link #step}) because the JIT vectorises min/max but not conditional moves.
 */
public final class BwRelu implements Activation {

    public static final String NAME = "bw_relu";

    private static final float CENTRE = 1.5f;
    private static final float PEAK = 5f / 6f;
    private static final float SLOPE_0 = -8f / 3f;
    private static final float KINK_HALF = 23f / 6f;
    private static final float KINK_ONE = -4f / 3f;
    /** Large enough that any non-zero float difference near a knot saturates the step. */
    private static final float STEEP = 1e30f;

    private final float c;

    public BwRelu(float c) {
        if (!(c > 0) || Float.isInfinite(c)) {
            throw new IllegalArgumentException("BW-ReLU scale c must be a positive number, got " + c);
        }
        this.c = c;
    }

    public float scale() {
        return c;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** ψ(x), the unscaled wavelet. */
    public static float psi(float x) {
        float s = Math.min(Math.abs(x - CENTRE), CENTRE);
        return PEAK + SLOPE_0 * s + KINK_HALF * Math.max(s - 0.5f, 0f) + KINK_ONE * Math.max(s - 1f, 0f);
    }

    /** ψ'(x), the derivative of the unscaled wavelet (one-sided at the knots). */
    public static float psiDerivative(float x) {
        float u = x - CENTRE;
        float s = Math.abs(u);
        float sign = Math.min(Math.max(u * STEEP, -1f), 1f);
        float slope = SLOPE_0 + KINK_HALF * step(s - 0.5f) + KINK_ONE * step(s - 1f);
        return sign * slope * step(CENTRE - s);
    }

    /** 1 for u > 0, else 0, for every float u that is not within 1e-30 of zero. */
    private static float step(float u) {
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
