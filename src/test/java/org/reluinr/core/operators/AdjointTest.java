package org.reluinr.core.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ⟨A x, y⟩ = ⟨x, Aᵀ y⟩ for random x and y, for every operator and several sizes. */
public class AdjointTest {

    /** Used by the other operators' tests too. */
    public static void assertAdjoint(LinearOperator op, long seed) {
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
        double left = dot(ax, y);
        double right = dot(x, aty);
        double scale = Math.sqrt(dot(ax, ax) * dot(y, y));
        assertEquals(left, right, 1e-5 * scale, "⟨Ax, y⟩ = " + left + ", ⟨x, Aᵀy⟩ = " + right);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 2", "5, 3, 2", "4, 7, 3", "16, 16, 4", "9, 5, 5"})
    void averagePooling(int lowWidth, int lowHeight, int scale) {
        assertAdjoint(new AveragePoolOperator(lowWidth, lowHeight, scale), lowWidth * 31L + scale);
    }

    @ParameterizedTest
    @CsvSource({"2, 1, 180", "7, 5, 180", "16, 12, 180", "33, 45, 180", "64, 20, 180", "31, 9, 120"})
    void radon(int n, int angles, double range) {
        assertAdjoint(new RadonOperator(n, ProjectionAngles.evenlySpaced(angles, range)), n * 17L + angles);
    }

    @ParameterizedTest
    @CsvSource({"8", "13"})
    void identity(int n) {
        assertAdjoint(new IdentityOperator(n), n);
    }

    @ParameterizedTest
    @CsvSource({"7, 5", "16, 12", "33, 45"})
    void rampWeightedRadon(int n, int angles) {
        assertAdjoint(new RampWeighting(new RadonOperator(n, ProjectionAngles.evenlySpaced(angles, 180)), n), n * 5L);
    }


    @ParameterizedTest
    @CsvSource({"5, 3", "16, 4"})
    void subsetOfBlockAverages(int low, int scale) {
        AveragePoolOperator pool = new AveragePoolOperator(low, low, scale);
        int[] every = java.util.stream.IntStream.range(0, pool.rangeSize()).filter(i -> i % 3 != 1).toArray();
        assertAdjoint(new SubsetOperator(pool, every), low * 7L);
    }
}
