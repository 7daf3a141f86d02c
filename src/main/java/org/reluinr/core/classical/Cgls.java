package org.reluinr.core.classical;

import org.reluinr.core.operators.LinearOperator;

/**
 * Conjugate gradient least squares: conjugate gradients on the normal equations AᵀA x = Aᵀy
 * without forming AᵀA, so minimises ‖Ax − y‖² over the Krylov space of the iterations. Few
 * iterations regularise (semi-convergence); many approach the least-squares solution.
 */
public final class Cgls {

    public static final int DEFAULT_ITERATIONS = 30;

    private Cgls() {
    }

    /** From x = 0. */
    public static float[] solve(LinearOperator a, float[] y, int iterations) {
        return solve(a, y, new float[a.domainSize()], iterations);
    }

    /** From the given start (not modified); stops early once the normal-equation residual vanishes. */
    public static float[] solve(LinearOperator a, float[] y, float[] x0, int iterations) {
        Vectors.requireLength(y, a.rangeSize(), "the measurements");
        Vectors.requireLength(x0, a.domainSize(), "the start");
        float[] x = x0.clone();
        float[] r = new float[a.rangeSize()];
        a.apply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - r[i];
        }
        float[] s = new float[a.domainSize()];
        a.adjoint(r, s);
        float[] p = s.clone();
        float[] q = new float[a.rangeSize()];
        double gamma = Vectors.dot(s, s);
        for (int k = 0; k < iterations && gamma > 0; k++) {
            a.apply(p, q);
            double qq = Vectors.dot(q, q);
            if (qq == 0) {
                break;
            }
            double alpha = gamma / qq;
            Vectors.addScaled(x, alpha, p);
            Vectors.addScaled(r, -alpha, q);
            a.adjoint(r, s);
            double next = Vectors.dot(s, s);
            double beta = next / gamma;
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) (s[i] + beta * p[i]);
            }
            gamma = next;
        }
        return x;
    }
}
