package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.reluinr.core.grid.CoordinateGrid;

class TotalVariationTest {

    /** The prior's loss for f, in double via float inputs. */
    private static double value(TotalVariation tv, float[] f) {
        return tv.addTo(f, new float[f.length]);
    }

    @Test
    void gradientMatchesFiniteDifferencesIn2dAnd3d() {
        for (int[] sizes : new int[][] {{5, 4}, {3, 4, 3}}) {
            CoordinateGrid grid = new CoordinateGrid(sizes);
            int channels = 2;
            TotalVariation tv = new TotalVariation(grid, channels, 0.7, 40);
            SplittableRandom random = new SplittableRandom(3);
            float[] f = new float[channels * grid.points()];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) random.nextDouble();
            }
            float[] gradient = new float[f.length];
            tv.addTo(f, gradient);
            float h = 1e-3f;
            for (int i = 0; i < f.length; i++) {
                float saved = f[i];
                f[i] = saved + h;
                double up = value(tv, f);
                f[i] = saved - h;
                double down = value(tv, f);
                f[i] = saved;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, gradient[i], 2e-3 * Math.max(1e-3, Math.abs(numeric)) + 1e-5,
                        "entry " + i + " of grid " + java.util.Arrays.toString(sizes));
            }
        }
    }

    @Test
    void valueIsTheClassicalWeightedTotalVariationScaledToTheMeanLoss() {
        // a 3 × 1 ramp 0, 1, 3: TV = |1 − 0| + |3 − 1| = 3 (up to ε); the loss share is 2λ/M · TV
        TotalVariation tv = new TotalVariation(new CoordinateGrid(3, 1), 1, 0.5, 4);
        assertEquals(2 * 0.5 / 4 * 3, value(tv, new float[] {0, 1, 3}), 2 * 0.5 / 4 * 2 * TotalVariation.EPSILON);
        assertEquals(0, value(tv, new float[] {2, 2, 2}), 1e-12);
    }
}
