package org.reluinr.core.nn;

/**
 * WIRE's complex Gabor wavelet (Saragadam et al., 2023), φ(z) = exp(iω₀z − |σ₀z|²) on complex
 * pre-activations z = u + iv stored as (re, im) pairs:
 * φ = exp(−ω₀v − σ₀²(u² + v²)) · (cos ω₀u + i sin ω₀u). The first layer's pre-activations are
 * real (v = 0), the later layers' weights complex, and the output is the real part, as in
 * WIRE's reference network. That network's defaults are ω₀ = 30 and σ₀ = 10 and its
 * experiments tune them per task (e.g. ω₀ = 8, σ₀ = 6 for ×4 super-resolution); our default
 * ω₀ is {@value #DEFAULT_OMEGA0}, measured in {@link Activations#defaultOmega0}.
 *
 * <p>φ is not holomorphic (|z|² is not), so the backward pass applies the transpose of the
 * real 2×2 Jacobian ∂(Re φ, Im φ)/∂(u, v) to each pair of gradients.
 */
public final class Wire implements Activation {

    public static final String NAME = "wire";
    public static final double DEFAULT_OMEGA0 = 20;

    private final float omega0;
    private final float sigma0Squared;
    private final double sigma0;

    public Wire(double omega0, double sigma0) {
        if (!(omega0 > 0) || Double.isInfinite(omega0) || !(sigma0 > 0) || Double.isInfinite(sigma0)) {
            throw new IllegalArgumentException("wire needs positive omega0 and sigma0, got " + omega0 + " and " + sigma0);
        }
        this.omega0 = (float) omega0;
        this.sigma0 = sigma0;
        this.sigma0Squared = (float) (sigma0 * sigma0);
    }

    @Override
    public boolean complex() {
        return true;
    }

    @Override
    public void forward(float[] z, float[] b, float[] a, int n) {
        for (int i = 0; i < n; i += 2) {
            gabor(z[i] + b[i], z[i + 1] + b[i + 1], a, i);
        }
    }

    @Override
    public void backward(float[] z, float[] b, float[] g, int n) {
        float[] a = new float[2];
        for (int i = 0; i < n; i += 2) {
            float u = z[i] + b[i];
            float v = z[i + 1] + b[i + 1];
            gabor(u, v, a, 0);
            float du = -2 * sigma0Squared * u; // ∂ log envelope / ∂u
            float dv = -omega0 - 2 * sigma0Squared * v; // ∂ log envelope / ∂v
            float gRe = g[i];
            float gIm = g[i + 1];
            g[i] = gRe * (du * a[0] - omega0 * a[1]) + gIm * (du * a[1] + omega0 * a[0]);
            g[i + 1] = (gRe * a[0] + gIm * a[1]) * dv;
        }
    }

    /** out[i], out[i + 1] ← Re and Im of φ(u + iv). */
    private void gabor(float u, float v, float[] out, int i) {
        float envelope = (float) Math.exp(-omega0 * v - sigma0Squared * (u * u + v * v));
        out[i] = envelope * (float) Math.cos(omega0 * u);
        out[i + 1] = envelope * (float) Math.sin(omega0 * u);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The Gabor's slope at the origin along u is ω₀; the envelope adds at most σ₀√(2/e). */
    @Override
    public double pathNormScale() {
        return omega0 + sigma0 * Math.sqrt(2 / Math.E);
    }
}
