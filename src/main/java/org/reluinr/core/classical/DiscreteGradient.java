package org.reluinr.core.classical;

import org.reluinr.core.operators.LinearOperator;

/**
 * The discrete gradient D of a width × height image by forward differences with Neumann
 * boundaries (the difference across the last column or row is zero), as a linear operator
 * whose range is the x-differences followed by the y-differences. Its adjoint is minus the
 * matching divergence; ‖D‖² ≤ 8. Isotropic TV(x) = Σ |(Dx)_i|₂.
 */
public final class DiscreteGradient implements LinearOperator {

    /** A bound of ‖D‖² (4 per axis), for the dual step of TV proximal maps. */
    public static final double NORM_SQUARED_BOUND = 8;

    private final int width;
    private final int height;

    public DiscreteGradient(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("the image must have at least one pixel");
        }
        this.width = width;
        this.height = height;
    }

    @Override
    public int domainSize() {
        return width * height;
    }

    @Override
    public int rangeSize() {
        return 2 * width * height;
    }

    @Override
    public void apply(float[] x, float[] g) {
        int n = width * height;
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                int k = j * width + i;
                g[k] = i + 1 < width ? x[k + 1] - x[k] : 0;
                g[n + k] = j + 1 < height ? x[k + width] - x[k] : 0;
            }
        }
    }

    /** x ← Dᵀ g = −div g, with the boundary terms that make it the exact transpose. */
    @Override
    public void adjoint(float[] g, float[] x) {
        int n = width * height;
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                int k = j * width + i;
                float v = 0;
                if (i + 1 < width) {
                    v -= g[k];
                }
                if (i > 0) {
                    v += g[k - 1];
                }
                if (j + 1 < height) {
                    v -= g[n + k];
                }
                if (j > 0) {
                    v += g[n + k - width];
                }
                x[k] = v;
            }
        }
    }

    /** Isotropic total variation Σ √(dx² + dy²). */
    public double totalVariation(float[] x) {
        float[] g = new float[rangeSize()];
        apply(x, g);
        int n = width * height;
        double tv = 0;
        for (int k = 0; k < n; k++) {
            tv += Math.sqrt((double) g[k] * g[k] + (double) g[n + k] * g[n + k]);
        }
        return tv;
    }
}
