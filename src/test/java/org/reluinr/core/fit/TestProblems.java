package org.reluinr.core.fit;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.operators.AveragePoolOperator;

/** Small fitting problems for tests of the training step. */
final class TestProblems {

    private TestProblems() {
    }

    /** ×2 super-resolution of a low × low pattern: the loss couples neighbouring points. */
    static FitProblem superResolution(int low) {
        float[] y = new float[low * low];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.5 + 0.4 * Math.sin(0.7 * i));
        }
        return new FitProblem(new CoordinateGrid(2 * low, 2 * low), 1, new AveragePoolOperator(low, low, 2), y, null);
    }
}
