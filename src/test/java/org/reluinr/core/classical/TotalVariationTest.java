package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluinr.core.operators.AdjointTest;

/** The discrete gradient and the TV proximal map. */
class TotalVariationTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 6", "7, 1", "5, 4", "16, 9"})
    void gradientAndMinusDivergenceAreAdjoint(int width, int height) {
        AdjointTest.assertAdjoint(new DiscreteGradient(width, height), width * 13L + height);
    }

    @Test
    void gradientUsesForwardDifferencesWithNeumannBoundaries() {
        DiscreteGradient d = new DiscreteGradient(3, 2);
        float[] g = new float[12];
        d.apply(new float[] {1, 2, 4, 0, 0, 0}, g);
        assertArrayEquals(new float[] {1, 2, 0, 0, 0, 0, -1, -2, -4, 0, 0, 0}, g);
        assertEquals(Math.sqrt(2) + Math.sqrt(8) + 4, d.totalVariation(new float[] {1, 2, 4, 0, 0, 0}), 1e-6);
        assertTrue(d.totalVariation(new float[] {3, 3, 3, 3, 3, 3}) == 0);
    }

    @Test
    void zeroWeightReturnsTheInput() {
        float[] b = random(6 * 5, 1, 0, 1);
        float[] out = new float[b.length];
        new TvProx(6, 5, FeasibleSet.nonNegative(), 10).apply(b, 0, out);
        assertArrayEquals(b, out);
    }

    @Test
    void aConstantImageIsUnchanged() {
        float[] b = new float[8 * 6];
        Arrays.fill(b, 0.7f);
        float[] out = new float[b.length];
        new TvProx(8, 6, FeasibleSet.nonNegative(), 50).apply(b, 3, out);
        assertArrayEquals(b, out, 1e-6f);
    }

    /**
     * A step from 0 to 1 between two halves of n pixels per row: each level moves towards the
     * other by w / n (as long as they do not meet), the 1D TV-denoising solution.
     */
    @Test
    void aStepEdgeShrinksByTheWeightOverEachSideWidth() {
        int width = 16;
        int height = 5;
        float[] b = new float[width * height];
        for (int j = 0; j < height; j++) {
            Arrays.fill(b, j * width + width / 2, (j + 1) * width, 1f);
        }
        float[] out = new float[b.length];
        new TvProx(width, height, FeasibleSet.nonNegative(), 2000).apply(b, 2, out);
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                assertEquals(i < width / 2 ? 0.25 : 0.75, out[j * width + i], 2e-3, "pixel (" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void theConstraintIsEnforcedAndTheObjectiveNotBeatenByNearbyPoints() {
        int w = 9;
        int h = 7;
        float[] b = random(w * h, 2, -0.5, 1);
        double weight = 0.2;
        boolean[] support = new boolean[w * h];
        Arrays.fill(support, 0, w * h - w, true);
        FeasibleSet set = FeasibleSet.nonNegative(support);
        float[] u = new float[b.length];
        new TvProx(w, h, set, 3000).apply(b, weight, u);
        for (int i = 0; i < u.length; i++) {
            assertTrue(u[i] >= 0 && (support[i] || u[i] == 0), "pixel " + i + " = " + u[i]);
        }
        DiscreteGradient d = new DiscreteGradient(w, h);
        double best = objective(u, b, weight, d);
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            float[] v = u.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += (float) random.nextDouble(-1e-2, 1e-2);
            }
            set.project(v);
            assertTrue(objective(v, b, weight, d) >= best - 1e-5, "a feasible neighbour has a lower objective");
        }
    }

    private static double objective(float[] u, float[] b, double weight, DiscreteGradient d) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += 0.5 * (u[i] - b[i]) * (u[i] - b[i]);
        }
        return s + weight * d.totalVariation(u);
    }

    private static float[] random(int n, long seed, double lo, double hi) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextDouble(lo, hi);
        }
        return v;
    }
}
