package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Directional cubic convolution interpolates along edges, where separable bicubic cuts across them. */
class DirectionalCubicTest {

    private static final HalfPixelInterpolation DIRECTIONAL = HalfPixelInterpolation.DIRECTIONAL_CUBIC;

    @Test
    void atTheCentreOfFourSamplesAStepAlongTheDiagonalIsKeptExactlyWhereBicubicBlursIt() {
        int n = 12;
        float[] plane = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                plane[y * n + x] = diagonalStep(x, y);
            }
        }
        float[] directional = DIRECTIONAL.halfPixelGrid(plane, n, n);
        float[] bicubic = HalfPixelInterpolation.BICUBIC.halfPixelGrid(plane, n, n);
        int gw = 2 * n + 1;
        double bicubicWorst = 0;
        // the centre of samples (i, j) … (i + 1, j + 1) is index (2i + 2, 2j + 2); its diagonal x − y = i − j
        for (int j = 1; j < n - 2; j++) {
            for (int i = 1; i < n - 2; i++) {
                int k = (2 * j + 2) * gw + 2 * i + 2;
                assertEquals(diagonalStep(i, j), directional[k], 1e-6, "centre of (" + i + ", " + j + ")");
                bicubicWorst = Math.max(bicubicWorst, Math.abs(bicubic[k] - diagonalStep(i, j)));
            }
        }
        assertTrue(bicubicWorst > 0.05, "bicubic cuts across the edge: off by " + bicubicWorst);
    }

    /** 0.8 on and above the diagonal x = y, 0.2 below: constant along the ±45° lines x − y = const. */
    private static float diagonalStep(int x, int y) {
        return x - y >= 0 ? 0.8f : 0.2f;
    }

    @Test
    void evenPixelsOfASlantedEdgePredictTheOddOnesBetterThanBicubicDoes() {
        int n = 64;
        float[] plane = new float[n * n];
        double angle = Math.toRadians(30);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double across = (x - n / 2.0) * Math.cos(angle) + (y - n / 2.0) * Math.sin(angle);
                plane[y * n + x] = (float) (0.5 + 0.4 * Math.tanh(across / 0.8));
            }
        }
        double directional = oddPixelError(DIRECTIONAL, plane, n);
        double bicubic = oddPixelError(HalfPixelInterpolation.BICUBIC, plane, n);
        assertTrue(directional < 0.7 * bicubic, "directional " + directional + " against bicubic " + bicubic);
    }

    /** Mean squared error where the even pixels of an n × n plane (n even) predict the others. */
    private static double oddPixelError(HalfPixelInterpolation interpolation, float[] plane, int n) {
        int m = n / 2;
        float[] even = new float[m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                even[j * m + i] = plane[2 * j * n + 2 * i];
            }
        }
        float[] grid = interpolation.halfPixelGrid(even, m, m);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < n - 1; y++) {
            for (int x = 0; x < n - 1; x++) {
                if (x % 2 == 1 || y % 2 == 1) {
                    double d = grid[(y + 1) * (2 * m + 1) + x + 1] - plane[y * n + x];
                    sum += d * d;
                    count++;
                }
            }
        }
        return sum / count;
    }

    @Test
    void rescalingTheIntensitiesRescalesTheResult() {
        int w = 9;
        int h = 7;
        float[] plane = new float[w * h];
        float[] rescaled = new float[w * h];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < plane.length; i++) {
            plane[i] = (float) random.nextDouble();
            rescaled[i] = 40 * plane[i] + 7;
        }
        float[] grid = DIRECTIONAL.halfPixelGrid(plane, w, h);
        float[] rescaledGrid = DIRECTIONAL.halfPixelGrid(rescaled, w, h);
        for (int k = 0; k < grid.length; k++) {
            assertEquals(40 * grid[k] + 7, rescaledGrid[k], 1e-3, "the edge test reads variations relative to the"
                    + " plane's range, so the choice of direction is the same at index " + k);
        }
    }
}
