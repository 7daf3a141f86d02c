package org.reluinr.core.nn;

import java.util.SplittableRandom;

/**
 * SIREN's activation sin(ω₀ z) with its initialisation (Sitzmann et al., 2020): first-layer
 * weights uniform in ±1/fan_in, later layers in ±√(6/fan_in)/ω₀; published default ω₀ = 30.
 */
public final class Siren implements Activation {

    public static final String NAME = "siren";
    public static final double DEFAULT_OMEGA0 = 30;

    private final float omega0;

    public Siren(double omega0) {
        if (!(omega0 > 0) || Double.isInfinite(omega0)) {
            throw new IllegalArgumentException("omega0 must be a positive number, got " + omega0);
        }
        this.omega0 = (float) omega0;
    }

    @Override
    public void forward(float[] z, float[] b, float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.sin(omega0 * (z[i] + b[i]));
        }
    }

    @Override
    public void backward(float[] z, float[] b, float[] g, int n) {
        for (int i = 0; i < n; i++) {
            g[i] *= omega0 * (float) Math.cos(omega0 * (z[i] + b[i]));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double pathNormScale() {
        return omega0;
    }

    @Override
    public void initialise(int layer, int fanIn, float[] weights, float[] bias, SplittableRandom random) {
        Activation.uniform(weights, layer == 0 ? 1.0 / fanIn : Math.sqrt(6.0 / fanIn) / omega0, random);
        Activation.uniform(bias, 1.0 / Math.sqrt(fanIn), random);
    }
}
