package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.reluinr.core.operators.LinearOperator;

/** ⟨A x, y⟩ = ⟨x, Aᵀ y⟩ for random x and y. */
final class OperatorChecks {

    private OperatorChecks() {
    }

    static void assertAdjoint(LinearOperator op, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[op.domainSize()];
        float[] y = new float[op.rangeSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextDouble(-1, 1);
        }
        float[] ax = new float[op.rangeSize()];
        float[] aty = new float[op.domainSize()];
        op.apply(x, ax);
        op.adjoint(y, aty);
        double left = Vectors.dot(ax, y);
        double right = Vectors.dot(x, aty);
        double scale = Math.sqrt(Vectors.dot(ax, ax) * Vectors.dot(y, y));
        assertEquals(left, right, 1e-5 * scale, "⟨Ax, y⟩ = " + left + ", ⟨x, Aᵀy⟩ = " + right);
    }
}
