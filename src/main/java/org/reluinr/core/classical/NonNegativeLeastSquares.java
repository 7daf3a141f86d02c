package org.reluinr.core.classical;

import org.reluinr.core.operators.LinearOperator;

/**
 * min ½‖Ax − y‖² over a {@link FeasibleSet} (x ≥ 0, optionally a support) by accelerated
 * projected gradient: FISTA whose proximal map is the projection onto the set.
 */
public final class NonNegativeLeastSquares {

    public static final int DEFAULT_ITERATIONS = 150;

    private NonNegativeLeastSquares() {
    }

    /** From x = 0, with the step from {@link OperatorNorm#lipschitz}. */
    public static float[] solve(LinearOperator a, float[] y, FeasibleSet set, int iterations) {
        return solve(a, y, set, new float[a.domainSize()], OperatorNorm.lipschitz(a), iterations);
    }

    public static float[] solve(LinearOperator a, float[] y, FeasibleSet set, float[] x0, double lipschitz,
            int iterations) {
        return Fista.minimise(a, y, x0, lipschitz, (v, step, out) -> {
            System.arraycopy(v, 0, out, 0, v.length);
            set.project(out);
        }, iterations);
    }
}
