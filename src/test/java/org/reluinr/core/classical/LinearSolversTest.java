package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** CGLS, the operator-norm estimate, FISTA non-negative least squares and SIRT on small dense problems. */
class LinearSolversTest {

    private static float[] randomVector(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextDouble(-1, 1);
        }
        return v;
    }

    @Test
    void cglsReachesTheNormalEquationSolution() {
        DenseOperator a = DenseOperator.random(20, 7, 3);
        float[] y = randomVector(20, 4);
        double[] expected = a.normalEquationSolution(y);
        float[] x = Cgls.solve(a, y, 25);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], x[j], 1e-4, "unknown " + j);
        }
        float[] fromStart = Cgls.solve(a, y, randomVector(7, 5), 25);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], fromStart[j], 1e-4, "from a given start, unknown " + j);
        }
    }

    @Test
    void cglsWithoutIterationsReturnsTheStart() {
        DenseOperator a = DenseOperator.random(5, 3, 1);
        float[] x0 = randomVector(3, 2);
        assertArrayEquals(x0, Cgls.solve(a, randomVector(5, 3), x0, 0));
    }

    @Test
    void operatorNormOfADiagonalIsItsLargestSquare() {
        DenseOperator a = new DenseOperator(new double[][] {{3, 0, 0}, {0, -5, 0}, {0, 0, 1}, {0, 0, 0}});
        assertEquals(25, OperatorNorm.squared(a, 60, 7), 1e-3);
        assertTrue(OperatorNorm.lipschitz(a) >= 25, "the step bound must not underestimate");
    }

    @Test
    void nonNegativeLeastSquaresRecoversAConsistentNonNegativeSolution() {
        DenseOperator a = DenseOperator.random(30, 8, 11);
        float[] truth = {0.5f, 0, 1.2f, 0.3f, 0, 2, 0.1f, 0};
        float[] y = new float[30];
        a.apply(truth, y);
        float[] x = NonNegativeLeastSquares.solve(a, y, FeasibleSet.nonNegative(), 1500);
        assertArrayEquals(truth, x, 1e-3f);
    }

    /** y from a point with negative entries: the solution must sit on the constraint and satisfy KKT. */
    @Test
    void nonNegativeLeastSquaresMeetsTheOptimalityConditionsWithActiveConstraints() {
        DenseOperator a = DenseOperator.random(30, 8, 12);
        float[] unconstrained = {1, -1, 0.5f, -2, 1, 0.2f, -0.5f, 1};
        float[] y = new float[30];
        a.apply(unconstrained, y);
        float[] x = NonNegativeLeastSquares.solve(a, y, FeasibleSet.nonNegative(), 3000);
        double[] g = a.gradient(x, y);
        int active = 0;
        for (int j = 0; j < x.length; j++) {
            assertTrue(x[j] >= 0, "x[" + j + "] = " + x[j]);
            if (x[j] == 0) {
                active++;
                assertTrue(g[j] > -1e-3, "a zero unknown whose gradient " + g[j] + " asks to decrease it");
            } else {
                assertEquals(0, g[j], 1e-3, "gradient at the free unknown " + j);
            }
        }
        assertTrue(active >= 2, "the negative entries of the unconstrained solution make constraints active");
    }

    @Test
    void supportMaskKeepsOutsidePixelsAtZero() {
        DenseOperator a = DenseOperator.random(30, 8, 13);
        float[] y = new float[30];
        a.apply(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, y);
        boolean[] support = {true, true, false, true, true, false, true, true};
        float[] x = NonNegativeLeastSquares.solve(a, y, FeasibleSet.nonNegative(support), 500);
        assertEquals(0, x[2]);
        assertEquals(0, x[5]);
        assertTrue(x[0] > 0);
    }

    @Test
    void sirtApproachesAConsistentNonNegativeSolution() {
        SplittableRandom random = new SplittableRandom(14);
        double[][] m = new double[24][6];
        for (double[] row : m) {
            for (int j = 0; j < 6; j++) {
                row[j] = random.nextDouble();
            }
        }
        DenseOperator a = new DenseOperator(m);
        float[] truth = {0.2f, 1, 0.7f, 0, 0.4f, 1.5f};
        float[] y = new float[24];
        a.apply(truth, y);
        float[] x = Sirt.solve(a, y, FeasibleSet.nonNegative(), 3000);
        assertArrayEquals(truth, x, 2e-2f);
    }
}
