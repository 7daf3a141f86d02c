package org.reluinr.core.classical;

import org.reluinr.core.operators.LinearOperator;

/**
 * Beck–Teboulle's fast iterative shrinkage-thresholding algorithm for
 * min ½‖Ax − y‖² + g(x): a gradient step of length 1/L on the data term at an extrapolated
 * point, then the proximal map of g, with Nesterov's momentum. With L ≥ ‖A‖² the objective
 * error falls as O(1/k²). One application of A and one of Aᵀ per iteration.
 */
public final class Fista {

    /** The proximal map of step · g: out ← argmin_u ½‖u − v‖² + step · g(u). */
    public interface Proximal {
        void apply(float[] v, double step, float[] out);
    }

    private Fista() {
    }

    /**
     * @param lipschitz an upper bound of ‖A‖² (see {@link OperatorNorm#lipschitz})
     * @param x0 the start (not modified)
     */
    public static float[] minimise(LinearOperator a, float[] y, float[] x0, double lipschitz, Proximal prox,
            int iterations) {
        Vectors.requireLength(y, a.rangeSize(), "the measurements");
        Vectors.requireLength(x0, a.domainSize(), "the start");
        if (!(lipschitz > 0) || Double.isInfinite(lipschitz)) {
            throw new IllegalArgumentException("the Lipschitz bound must be positive and finite, got " + lipschitz);
        }
        double step = 1 / lipschitz;
        float[] x = x0.clone();
        float[] previous = x0.clone();
        float[] z = x0.clone();
        float[] residual = new float[a.rangeSize()];
        float[] gradient = new float[a.domainSize()];
        double t = 1;
        for (int k = 0; k < iterations; k++) {
            a.apply(z, residual);
            for (int i = 0; i < residual.length; i++) {
                residual[i] -= y[i];
            }
            a.adjoint(residual, gradient);
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (z[i] - step * gradient[i]);
            }
            float[] swap = previous;
            previous = x;
            x = swap;
            prox.apply(z, step, x);
            double next = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double momentum = (t - 1) / next;
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (x[i] + momentum * (x[i] - previous[i]));
            }
            t = next;
        }
        return x;
    }
}
