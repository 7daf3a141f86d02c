package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The interpolations evaluated anywhere: they agree with the half-pixel grid and reproduce what their kernels must. */
class InterpolationSurfaceTest {

    @Test
    void onTheHalfPixelGridTheSurfaceIsTheGridAndAtTheSamplesItIsTheSamples() {
        int w = 7;
        int h = 5;
        float[] plane = new float[w * h];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < plane.length; i++) {
            plane[i] = (float) random.nextDouble();
        }
        for (HalfPixelInterpolation method : HalfPixelInterpolation.values()) {
            float[] grid = method.halfPixelGrid(plane, w, h);
            HalfPixelInterpolation.Surface surface = method.surface(plane, w, h);
            for (int j = 0; j <= 2 * h; j++) {
                for (int i = 0; i <= 2 * w; i++) {
                    assertEquals(grid[j * (2 * w + 1) + i], surface.at(i / 2.0 - 0.5, j / 2.0 - 0.5), 1e-6,
                            method + " at grid point " + i + "," + j);
                }
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(plane[y * w + x], surface.at(x, y), 1e-6, method + " at sample " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aRampIsExactAnywhereUpToHalfAPixelPastTheEdge() {
        int w = 6;
        int h = 4;
        float[] ramp = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ramp[y * w + x] = 0.2f + 0.05f * x - 0.03f * y;
            }
        }
        SplittableRandom random = new SplittableRandom(5);
        for (HalfPixelInterpolation method : HalfPixelInterpolation.values()) {
            HalfPixelInterpolation.Surface surface = method.surface(ramp, w, h);
            for (int k = 0; k < 200; k++) {
                double x = random.nextDouble(-0.5, w - 0.5);
                double y = random.nextDouble(-0.5, h - 0.5);
                assertEquals(0.2 + 0.05 * x - 0.03 * y, surface.at(x, y), 1e-6, method + " at " + x + "," + y);
            }
        }
    }

    @Test
    void awayFromTheEdgesBicubicReproducesAParabolaAndTheSplineACubicAtAnyPosition() {
        int w = 64;
        float[] parabola = new float[w];
        float[] cubic = new float[w];
        for (int x = 0; x < w; x++) {
            double u = (x - 32) / 32.0;
            parabola[x] = (float) (u * u);
            cubic[x] = (float) (u * u * u);
        }
        HalfPixelInterpolation.Surface bicubic = HalfPixelInterpolation.BICUBIC.surface(parabola, w, 1);
        HalfPixelInterpolation.Surface spline = HalfPixelInterpolation.SPLINE.surface(cubic, w, 1);
        for (double x = 20; x <= 44; x += 0.37) {
            double u = (x - 32) / 32.0;
            assertEquals(u * u, bicubic.at(x, 0), 1e-6, "bicubic at " + x);
            assertEquals(u * u * u, spline.at(x, 0), 1e-6, "spline at " + x);
        }
    }
}
