package org.reluinr.core.classical;

import org.reluinr.core.operators.LinearOperator;

/**
 * min ½‖Ax − y‖² + λ · TV(x) over a {@link FeasibleSet}, isotropic TV of a width × height
 * image: FISTA whose proximal step (TV weight λ/L) is {@link TvProx}'s dual projection,
 * warm-started from the previous outer step.
 */
public final class TvReconstruction {

    /** Iteration counts: outer FISTA steps and dual (FGP) steps per proximal map. */
    public record Settings(int iterations, int proxIterations) {

        public Settings {
            if (iterations < 0 || proxIterations < 1) {
                throw new IllegalArgumentException("TV reconstruction needs iterations ≥ 0 and prox iterations ≥ 1");
            }
        }

        /** 100 outer steps of 10 dual steps: affordable nine times over for the weight choice at 128² (README). */
        public static Settings defaults() {
            return new Settings(100, 10);
        }
    }

    private final LinearOperator a;
    private final int width;
    private final int height;
    private final FeasibleSet set;
    private final Settings settings;
    private final double lipschitz;

    /**
     * @param lipschitz an upper bound of ‖A‖²; an operator restricted to a subset of the
     *     measurements may reuse the full operator's bound
     */
    public TvReconstruction(LinearOperator a, int width, int height, FeasibleSet set, Settings settings,
            double lipschitz) {
        if ((long) width * height != a.domainSize()) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image does not match the operator's "
                    + a.domainSize() + " unknowns");
        }
        this.a = a;
        this.width = width;
        this.height = height;
        this.set = set;
        this.settings = settings;
        this.lipschitz = lipschitz;
    }

    /** With the Lipschitz bound estimated from A. */
    public TvReconstruction(LinearOperator a, int width, int height, FeasibleSet set, Settings settings) {
        this(a, width, height, set, settings, OperatorNorm.lipschitz(a));
    }

    /** The reconstruction for TV weight λ ≥ 0 from x = 0. */
    public float[] solve(float[] y, double weight) {
        return solve(y, weight, new float[a.domainSize()]);
    }

    public float[] solve(float[] y, double weight, float[] x0) {
        TvProx prox = new TvProx(width, height, set, settings.proxIterations());
        return Fista.minimise(a, y, x0, lipschitz, (v, step, out) -> prox.apply(v, weight * step, out),
                settings.iterations());
    }
}
