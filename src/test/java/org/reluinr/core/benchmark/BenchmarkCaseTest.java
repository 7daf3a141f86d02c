package org.reluinr.core.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.SupportCircle;

class BenchmarkCaseTest {

    private static final MethodRegistry NO_METHODS = new MethodRegistry(List.of(), List.of(), List.of(), List.of());
    private static final BenchmarkCase.Sizes SIZES = BenchmarkCase.Sizes.DEFAULT;

    /** An RGB test image, wider than high, with structure everywhere and values in 0..255. */
    private static FloatImage source() {
        int w = 300;
        int h = 260;
        int n = w * h;
        float[] d = new float[3 * n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                d[i] = (float) (128 + 100 * Math.sin(0.05 * x) * Math.cos(0.07 * y));
                d[n + i] = (x * 7 + y * 3) % 256;
                d[2 * n + i] = (x ^ y) & 0xff;
            }
        }
        return new FloatImage(w, h, 1, 3, d);
    }

    private static Trial<?> prepare(BenchmarkCase c, long seed) {
        return c.prepare("test", source(), SIZES, seed, NO_METHODS);
    }

    private static float[] low(BenchmarkCase c, long seed) {
        return ((SuperResolutionInput) prepare(c, seed).input()).low().data();
    }

    private static float[] sinogram(BenchmarkCase c, long seed) {
        return ((CtInput) prepare(c, seed).input()).sinogram().data();
    }

    private static double std(float[] noisy, float[] clean) {
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < noisy.length; i++) {
            double e = noisy[i] - clean[i];
            sum += e;
            sq += e * e;
        }
        double mean = sum / noisy.length;
        return Math.sqrt(sq / noisy.length - mean * mean);
    }

    @Test
    void preparationIsDeterministicForASeedAndTheNoiseChangesWithIt() {
        assertArrayEquals(low(BenchmarkCase.SR4_NOISY, 7), low(BenchmarkCase.SR4_NOISY, 7));
        assertArrayEquals(sinogram(BenchmarkCase.CT45_NOISY, 7), sinogram(BenchmarkCase.CT45_NOISY, 7));
        assertArrayEquals(prepare(BenchmarkCase.RENDER2X, 7).truth().data(), prepare(BenchmarkCase.RENDER2X, 8).truth().data());
        assertFalse(Arrays.equals(low(BenchmarkCase.SR4_NOISY, 7), low(BenchmarkCase.SR4_NOISY, 8)));
        assertArrayEquals(low(BenchmarkCase.SR4, 7), low(BenchmarkCase.SR4, 8), "noise-free cases ignore the seed");
    }

    @Test
    void superResolutionNoiseHasTheStatedSigma() {
        for (BenchmarkCase[] pair : new BenchmarkCase[][] {{BenchmarkCase.SR2_NOISY, BenchmarkCase.SR2},
                {BenchmarkCase.SR4_NOISY, BenchmarkCase.SR4}}) {
            double sigma = std(low(pair[0], 3), low(pair[1], 3));
            // 4096 samples at ×4: the estimate's relative standard error is about 1.1%
            assertEquals(BenchmarkCase.SR_NOISE, sigma, 0.05 * BenchmarkCase.SR_NOISE, pair[0].key());
        }
    }

    @Test
    void ctNoiseIsOnePercentOfTheSinogramMaximum() {
        float[] clean = sinogram(BenchmarkCase.CT45, 3);
        float max = 0;
        for (float v : clean) {
            max = Math.max(max, v);
        }
        double sigma = std(sinogram(BenchmarkCase.CT45_NOISY, 3), clean);
        assertEquals(BenchmarkCase.CT_NOISE * max, sigma, 0.05 * BenchmarkCase.CT_NOISE * max);
    }

    @Test
    void ctGroundTruthIsZeroOutsideTheCircleOnly() {
        for (BenchmarkCase c : new BenchmarkCase[] {BenchmarkCase.CT20, BenchmarkCase.CT60_LIMITED}) {
            Trial<?> trial = prepare(c, 0);
            FloatImage truth = trial.truth();
            int n = SIZES.ct();
            assertEquals(n, truth.width());
            assertEquals(n, truth.height());
            int outside = 0;
            int nonZeroInside = 0;
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    float v = truth.data()[y * n + x];
                    if (!SupportCircle.of(n)[y * n + x]) {
                        assertEquals(0f, v, "pixel " + x + "," + y);
                        outside++;
                    } else if (v != 0) {
                        nonZeroInside++;
                    }
                }
            }
            assertTrue(outside > 0.2 * n * n && outside < 0.23 * n * n, "the corners are 1 − π/4 of the square");
            assertTrue(nonZeroInside > 0.7 * n * n, "the image inside the circle is kept");
            CtInput input = (CtInput) trial.input();
            assertEquals(input.anglesDegrees().length, input.sinogram().height());
        }
        assertEquals(120 * 59 / 60.0, ((CtInput) prepare(BenchmarkCase.CT60_LIMITED, 0).input()).anglesDegrees()[59],
                1e-9);
    }

    @Test
    void superResolutionInputIsTheBlockAverageOfTheGroundTruth() {
        for (BenchmarkCase c : new BenchmarkCase[] {BenchmarkCase.SR2, BenchmarkCase.SR4}) {
            Trial<?> trial = prepare(c, 0);
            SuperResolutionInput in = (SuperResolutionInput) trial.input();
            int s = in.scale();
            int n = trial.truth().width();
            assertEquals(n / s, in.low().width());
            for (int j = 0; j < n / s; j++) {
                for (int i = 0; i < n / s; i++) {
                    double sum = 0;
                    for (int dy = 0; dy < s; dy++) {
                        for (int dx = 0; dx < s; dx++) {
                            sum += trial.truth().data()[(j * s + dy) * n + i * s + dx];
                        }
                    }
                    assertEquals(sum / (s * s), in.low().data()[j * (n / s) + i], 1e-6, c.key() + " at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void preparedImagesAreSquareLumaOnTheUnitRange() {
        FloatImage truth = prepare(BenchmarkCase.SR2, 0).truth();
        assertEquals(SIZES.superResolution(), truth.width());
        assertEquals(SIZES.superResolution(), truth.height());
        assertEquals(1, truth.channels());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : truth.data()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0f, min);
        assertEquals(1f, max, 1e-6);

        // equal channels (the phantom) give the channel itself; 4×4 blocks average exactly
        float[] gray = new float[8 * 4];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = (i % 8) < 4 ? 10 : 30;
        }
        float[] rgb = new float[3 * gray.length];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(gray, 0, rgb, c * gray.length, gray.length);
        }
        FloatImage square = GrayscaleSquare.prepare(new FloatImage(8, 4, 1, 3, rgb), 2);
        assertArrayEquals(new float[] {0, 1, 0, 1}, square.data(), 1e-6f, "centre crop 2..6, 2×2 block means 10 and 30");
    }

    @Test
    void areaAveragingWeighsPartlyCoveredPixels() {
        float[] out = AreaAveraging.resize(new float[] {0, 3, 6}, 3, 1, 2, 1);
        // output pixel 0 covers [0, 1.5): 0 fully and half of 3
        assertArrayEquals(new float[] {1, 5}, out, 1e-6f);
    }
}
