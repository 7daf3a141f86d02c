package org.reluinr.core.nn;

/** The Gaussian activation exp(−(σ₀ z)²) (Ramasinghe & Lucey, 2022); default σ₀ = 10 as in WIRE's comparisons. */
public final class Gauss implements Activation {

    public static final String NAME = "gauss";
    public static final double DEFAULT_SIGMA0 = 10;

    private final float sigma0;

    public Gauss(double sigma0) {
        if (!(sigma0 > 0) || Double.isInfinite(sigma0)) {
            throw new IllegalArgumentException("sigma0 must be a positive number, got " + sigma0);
        }
        this.sigma0 = (float) sigma0;
    }

    @Override
    public void forward(float[] z, float[] b, float[] a, int n) {
        for (int i = 0; i < n; i++) {
            float x = sigma0 * (z[i] + b[i]);
            a[i] = (float) Math.exp(-x * x);
        }
    }

    @Override
    public void backward(float[] z, float[] b, float[] g, int n) {
        for (int i = 0; i < n; i++) {
            float x = sigma0 * (z[i] + b[i]);
            g[i] *= -2f * sigma0 * x * (float) Math.exp(-x * x);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The steepest slope of exp(−(σ₀ z)²) is σ₀ √(2/e). */
    @Override
    public double pathNormScale() {
        return sigma0 * Math.sqrt(2 / Math.E);
    }
}
