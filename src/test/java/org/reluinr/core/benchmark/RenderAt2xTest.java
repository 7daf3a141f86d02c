package org.reluinr.core.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.image.FloatImage;

class RenderAt2xTest {

    private static FloatImage ramp(int w, int h) {
        float[] d = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                d[y * w + x] = 0.1f + 0.03f * x - 0.02f * y;
            }
        }
        return new FloatImage(w, h, 1, 1, d);
    }

    @Test
    void unseenMaskCountsTheOddRowsAndColumnsExactly() {
        int w = 10;
        int h = 6;
        boolean[] unseen = SubsampledPixels.unseenMask(w, h, 2);
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(x % 2 == 1 || y % 2 == 1, unseen[y * w + x], x + "," + y);
                count += unseen[y * w + x] ? 1 : 0;
            }
        }
        assertEquals(w * h - (w / 2) * (h / 2), count);

        FloatImage full = ramp(w, h);
        FloatImage seen = SubsampledPixels.seen(full, 2);
        assertEquals(5, seen.width());
        assertEquals(3, seen.height());
        assertEquals(w * h - count, seen.data().length);
        assertEquals(full.data()[4 * w + 6], seen.data()[2 * 5 + 3], "seen pixel (3, 2) is full pixel (6, 4)");
    }

    @Test
    void atFourTimesFifteenPixelsInSixteenAreUnseen() {
        FloatImage full = ramp(16, 12);
        boolean[] unseen = SubsampledPixels.unseenMask(16, 12, 4);
        int count = 0;
        for (boolean u : unseen) {
            count += u ? 1 : 0;
        }
        assertEquals(16 * 12 - 4 * 3, count);
        FloatImage seen = SubsampledPixels.seen(full, 4);
        assertEquals(4, seen.width());
        assertEquals(3, seen.height());
        assertEquals(full.data()[8 * 16 + 12], seen.data()[2 * 4 + 3], "seen pixel (3, 2) is full pixel (12, 8)");
        assertFalse(unseen[8 * 16 + 12]);
        assertTrue(unseen[8 * 16 + 10], "(10, 8) lies half-way between seen pixels, unseen at 4×");
    }

    @Test
    void interpolationReproducesALinearRampOnTheUnseenPixels() {
        FloatImage full = ramp(16, 12);
        FloatImage seen = SubsampledPixels.seen(full, 2);
        boolean[] unseen = SubsampledPixels.unseenMask(16, 12, 2);
        for (HalfPixelInterpolation method : HalfPixelInterpolation.values()) {
            FloatImage up = method.upsample(seen);
            assertEquals(16, up.width());
            assertEquals(12, up.height());
            for (int i = 0; i < unseen.length; i++) {
                assertEquals(full.data()[i], up.data()[i], 1e-6, method + " at pixel " + i);
            }
            assertTrue(Scoring.unseenPixels(2).score(full, up).psnr() > 120, method + ": exact up to float rounding");
        }
    }

    @Test
    void theHalfPixelGridKeepsTheSamplesAndExtendsARampHalfAPixelBeyondEveryEdge() {
        int w = 7;
        int h = 5;
        FloatImage samples = ramp(w, h);
        for (HalfPixelInterpolation method : HalfPixelInterpolation.values()) {
            float[] grid = method.halfPixelGrid(samples.data(), w, h);
            assertEquals((2 * w + 1) * (2 * h + 1), grid.length);
            for (int j = 0; j <= 2 * h; j++) {
                for (int i = 0; i <= 2 * w; i++) {
                    // index i sits at sample position (i − 1) / 2
                    double expected = 0.1 + 0.03 * (i - 1) / 2.0 - 0.02 * (j - 1) / 2.0;
                    assertEquals(expected, grid[j * (2 * w + 1) + i], 1e-6, method + " at " + i + "," + j);
                }
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(samples.data()[y * w + x], grid[(2 * y + 1) * (2 * w + 1) + 2 * x + 1],
                            method + ": sample " + x + "," + y + " is kept exactly");
                }
            }
        }
    }

    @Test
    void bicubicDiffersFromBilinearOnCurvedData() {
        float[] d = new float[8 * 8];
        for (int i = 0; i < d.length; i++) {
            int x = i % 8;
            d[i] = x * x / 64f;
        }
        FloatImage seen = new FloatImage(8, 8, 1, 1, d);
        float bilinear = HalfPixelInterpolation.BILINEAR.upsample(seen).data()[5];
        float bicubic = HalfPixelInterpolation.BICUBIC.upsample(seen).data()[5];
        // between x = 2 and 3: the parabola is 6.25/64, bilinear overshoots to 6.5/64, cubic convolution hits it
        assertEquals(6.5 / 64, bilinear, 1e-6);
        assertEquals(6.25 / 64, bicubic, 1e-6);
    }

    @Test
    void halfWayBetweenSamplesTheSplineKeepsMoreOfAFineWaveThanCubicConvolution() {
        int w = 64;
        double omega = Math.PI / 2;
        float[] wave = new float[w];
        for (int x = 0; x < w; x++) {
            wave[x] = (float) Math.cos(omega * (x - 30));
        }
        // the gain of symmetric weights at distances ½ and 3/2, the spline's over its prefilter's
        double bicubicGain = (9 * Math.cos(omega / 2) - Math.cos(1.5 * omega)) / 8;
        double splineGain = (23 * Math.cos(omega / 2) + Math.cos(1.5 * omega)) / 24 / ((4 + 2 * Math.cos(omega)) / 6);
        assertEquals(0.884, bicubicGain, 1e-3);
        assertEquals(0.972, splineGain, 1e-3);
        // one row: its half-pixel grid's second row holds positions −½, 0, ½, …, w − ½
        float[] spline = HalfPixelInterpolation.SPLINE.halfPixelGrid(wave, w, 1);
        float[] bicubic = HalfPixelInterpolation.BICUBIC.halfPixelGrid(wave, w, 1);
        // away from the ends, where the line's linear extension has faded from the spline
        for (int k = 16; k < w - 16; k++) {
            int at = 2 * w + 1 + 2 * k + 2;
            double truth = Math.cos(omega * (k + 0.5 - 30));
            assertEquals(splineGain * truth, spline[at], 1e-5, "spline at " + (k + 0.5));
            assertEquals(bicubicGain * truth, bicubic[at], 1e-5, "bicubic at " + (k + 0.5));
        }
    }

    @Test
    void unseenScoringIgnoresTheSeenPixelsAndReportsThemApart() {
        FloatImage truth = ramp(16, 16);
        FloatImage result = truth.copy();
        for (int y = 0; y < 16; y += 2) {
            for (int x = 0; x < 16; x += 2) {
                result.data()[y * 16 + x] += 0.1f;
            }
        }
        Score score = Scoring.unseenPixels(2).score(truth, result);
        assertEquals(Double.POSITIVE_INFINITY, score.psnr());
        assertEquals(20, score.seenPsnr(), 1e-4, "error 0.1 on every seen pixel");
        assertTrue(score.ssim() < 1);
    }
}
