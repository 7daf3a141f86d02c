package org.reluinr.core.classical;

/**
 * The proximal map of isotropic TV over a {@link FeasibleSet}:
 * argmin_{u ∈ C} ½‖u − b‖² + w · TV(u), by Beck and Teboulle's fast gradient projection on
 * the dual (FGP, 2009). The dual variable p (one 2-vector per pixel, |p| ≤ 1) gives
 * u(p) = P_C(b − w Dᵀp); accelerated projected ascent with step 1/(8w) maximises the dual.
 * The last dual solution is kept, so a sequence of nearby problems (the steps of an outer
 * FISTA) starts warm. Not thread-safe.
 */
public final class TvProx {

    private final DiscreteGradient gradient;
    private final FeasibleSet set;
    private final int iterations;
    private final float[] dual;
    private final float[] previous;
    private final float[] extrapolated;
    private final float[] work;

    public TvProx(int width, int height, FeasibleSet set, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("the TV proximal map needs at least one iteration");
        }
        this.gradient = new DiscreteGradient(width, height);
        this.set = set;
        this.iterations = iterations;
        this.dual = new float[gradient.rangeSize()];
        this.previous = new float[gradient.rangeSize()];
        this.extrapolated = new float[gradient.rangeSize()];
        this.work = new float[gradient.rangeSize()];
    }

    /** out ← the proximal point of b for TV weight w ≥ 0 (w = 0: the projection of b). */
    public void apply(float[] b, double weight, float[] out) {
        Vectors.requireLength(b, gradient.domainSize(), "the image");
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("the TV weight must be non-negative, got " + weight);
        }
        if (weight == 0) {
            System.arraycopy(b, 0, out, 0, b.length);
            set.project(out);
            return;
        }
        double ascent = 1 / (DiscreteGradient.NORM_SQUARED_BOUND * weight);
        System.arraycopy(dual, 0, extrapolated, 0, dual.length);
        double t = 1;
        for (int k = 0; k < iterations; k++) {
            primal(b, weight, extrapolated, out);
            gradient.apply(out, work);
            System.arraycopy(dual, 0, previous, 0, dual.length);
            for (int i = 0; i < dual.length; i++) {
                dual[i] = (float) (extrapolated[i] + ascent * work[i]);
            }
            projectOntoUnitBalls(dual);
            double next = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double momentum = (t - 1) / next;
            for (int i = 0; i < dual.length; i++) {
                extrapolated[i] = (float) (dual[i] + momentum * (dual[i] - previous[i]));
            }
            t = next;
        }
        primal(b, weight, dual, out);
    }

    /** out ← P_C(b − w Dᵀp). */
    private void primal(float[] b, double weight, float[] p, float[] out) {
        gradient.adjoint(p, out);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (b[i] - weight * out[i]);
        }
        set.project(out);
    }

    /** Each pixel's (p_x, p_y) scaled into the unit disc. */
    private static void projectOntoUnitBalls(float[] p) {
        int n = p.length / 2;
        for (int k = 0; k < n; k++) {
            double norm = Math.sqrt((double) p[k] * p[k] + (double) p[n + k] * p[n + k]);
            if (norm > 1) {
                p[k] = (float) (p[k] / norm);
                p[n + k] = (float) (p[n + k] / norm);
            }
        }
    }
}
