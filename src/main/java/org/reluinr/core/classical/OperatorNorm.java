package org.reluinr.core.classical;

import java.util.SplittableRandom;

import org.reluinr.core.operators.LinearOperator;

/**
 * ‖A‖², the largest eigenvalue of AᵀA, by power iteration from a seeded random start. It is
 * the Lipschitz constant of the gradient of ½‖Ax − y‖², which fixes gradient step sizes.
 */
public final class OperatorNorm {

    /** Power iterations; the estimate is then within a fraction of a percent for the project's operators. */
    public static final int DEFAULT_ITERATIONS = 30;

    /** Power iteration approaches ‖A‖² from below; step sizes use this margin so they stay below 1/‖A‖². */
    static final double SAFETY = 1.05;

    private OperatorNorm() {
    }

    /** The estimate of ‖A‖² after the given number of power iterations on AᵀA. */
    public static double squared(LinearOperator a, int iterations, long seed) {
        if (iterations < 1) {
            throw new IllegalArgumentException("power iteration needs at least one iteration");
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[a.domainSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        float[] ax = new float[a.rangeSize()];
        double estimate = 0;
        for (int k = 0; k < iterations; k++) {
            double norm = Math.sqrt(Vectors.dot(x, x));
            if (norm == 0) {
                return 0;
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (x[i] / norm);
            }
            a.apply(x, ax);
            estimate = Vectors.dot(ax, ax);
            a.adjoint(ax, x);
        }
        return estimate;
    }

    /** An upper bound of ‖A‖² for step sizes: the default estimate times a small safety margin. */
    public static double lipschitz(LinearOperator a) {
        return SAFETY * squared(a, DEFAULT_ITERATIONS, 0);
    }
}
