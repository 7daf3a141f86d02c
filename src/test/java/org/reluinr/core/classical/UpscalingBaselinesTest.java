package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluinr.core.benchmark.GrayscaleSquare;
import org.reluinr.core.classical.Interpolation.Kernel;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.core.operators.MeasurementSplit;
import org.reluinr.imagej.ImagePlusConverter;
import org.reluinr.testing.TestImages;

/** Cubic and linear interpolation in both alignments, iterative back-projection, and the TV / IBP blend. */
class UpscalingBaselinesTest {

    /** The back-projection and blend tests: a 96² image from its 24² block average. */
    private static final int SIZE = 96;
    private static final int SCALE = 4;

    /** A smooth test image on [0, 1]: a few low-frequency waves. */
    private static float[] smooth(int w, int h) {
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = (double) x / w;
                double t = (double) y / h;
                v[y * w + x] = (float) (0.5 + 0.25 * Math.sin(2 * Math.PI * (2.3 * u + 0.7 * t))
                        + 0.2 * Math.cos(2 * Math.PI * (1.1 * u - 3.1 * t)));
            }
        }
        return v;
    }

    @ParameterizedTest
    @CsvSource({"2", "3", "4"})
    void blockCentredInterpolationReproducesRampsAwayFromBorders(int s) {
        int w = 8;
        int h = 6;
        float[] low = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                low[j * w + i] = 2 * i - 3 * j;
            }
        }
        for (Kernel kernel : Kernel.values()) {
            float[] high = Interpolation.blockCentred(low, w, h, s, kernel);
            for (int y = 2 * s; y < (h - 2) * s; y++) {
                for (int x = 2 * s; x < (w - 2) * s; x++) {
                    double i = (x - (s - 1) / 2.0) / s;
                    double j = (y - (s - 1) / 2.0) / s;
                    assertEquals(2 * i - 3 * j, high[y * w * s + x], 1e-4, kernel + " at (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void cubicKernelIsKeysWithAMinusAHalf() {
        float[] low = {0, 0, 1, 0, 0};
        float[] high = Interpolation.blockCentred(low, 5, 1, 2, Kernel.CUBIC);
        // fine pixel 5 reads coarse coordinate 2.25 (a quarter past the spike), pixel 6 reads 2.75
        assertEquals(0.8671875, high[5], 1e-6);
        assertEquals(0.2265625, high[6], 1e-6);
        assertEquals(-0.0703125, high[7], 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"128, 128", "127, 9", "5, 6"})
    void pointSamplesLandOnEveryStepAndEdgesAreClamped(int fineWidth, int fineHeight) {
        int w = (fineWidth + 1) / 2;
        int h = (fineHeight + 1) / 2;
        float[] full = smooth(fineWidth, fineHeight);
        float[] samples = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                samples[j * w + i] = full[2 * j * fineWidth + 2 * i];
            }
        }
        for (Kernel kernel : Kernel.values()) {
            float[] up = Interpolation.pointSampled(samples, w, h, 2, fineWidth, fineHeight, kernel);
            assertEquals(fineWidth * fineHeight, up.length);
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < w; i++) {
                    assertEquals(samples[j * w + i], up[2 * j * fineWidth + 2 * i], 1e-6, kernel + " sample " + i + ", " + j);
                }
            }
            for (float v : up) {
                assertTrue(Float.isFinite(v));
            }
        }
        if (fineWidth == 128) {
            float[] linear = Interpolation.pointSampled(samples, w, h, 2, fineWidth, fineHeight, Kernel.LINEAR);
            assertEquals(samples[w - 1], linear[127], 1e-6, "the position past the last sample is clamped");
            assertEquals((samples[0] + samples[1]) / 2, linear[1], 1e-6, "midpoints are averages");
        }
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.pointSampled(samples, w + 1, h, 2, fineWidth, fineHeight, Kernel.CUBIC));
    }

    @Test
    void iterativeBackProjectionMatchesTheBlockAveragesAndBeatsCubic() {
        int s = SCALE;
        int w = SIZE / s;
        float[] truth = smooth(SIZE, SIZE);
        float[] low = lowOf(truth, w, s);
        AveragePoolOperator pool = new AveragePoolOperator(w, w, s);
        float[] cubic = Interpolation.blockCentred(low, w, w, s, Kernel.CUBIC);
        double cubicPsnr = Psnr.of(truth, cubic);
        for (BlockUpscaling start : BlockUpscaling.values()) {
            float[] ibp = IterativeBackProjection.upscale(low, w, w, s, IterativeBackProjection.DEFAULT_ITERATIONS,
                    start);
            float[] averages = new float[low.length];
            pool.apply(ibp, averages);
            assertArrayEquals(low, averages, 1e-5f, "IBP's block averages are the input, from " + start);
            double ibpPsnr = Psnr.of(truth, ibp);
            // measured: 43.1 dB from cubic, whose start is 40.2
            assertTrue(ibpPsnr > cubicPsnr + 2, "IBP from " + start + " " + ibpPsnr + " dB, cubic " + cubicPsnr
                    + " dB");
        }
    }

    @ParameterizedTest
    @CsvSource({"2", "4", "8"})
    void directionalUpscalingReproducesRampsUpToTheBordersAndTakesPowersOfTwoOnly(int s) {
        int w = 8;
        int h = 6;
        float[] low = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                low[j * w + i] = 0.2f * i - 0.3f * j;
            }
        }
        float[] high = BlockUpscaling.DIRECTIONAL_CUBIC.upscale(low, w, h, s);
        assertEquals(w * s * h * s, high.length);
        for (int y = 0; y < h * s; y++) {
            for (int x = 0; x < w * s; x++) {
                double i = (x - (s - 1) / 2.0) / s;
                double j = (y - (s - 1) / 2.0) / s;
                assertEquals(0.2 * i - 0.3 * j, high[y * w * s + x], 1e-5, "(" + x + ", " + y + ")");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BlockUpscaling.DIRECTIONAL_CUBIC.upscale(low, w, h, 3));
    }

    /**
     * A disc's block average at ×4: back-projection from directional cubic convolution keeps
     * its slanted rim sharper than from cubic convolution (measured: 34.4 against 32.7 dB), and
     * the blend's self-test picks it.
     */
    @Test
    void onSlantedEdgesBackProjectionFromDirectionalCubicBeatsCubicAndTheSelfTestPicksIt() {
        int s = SCALE;
        int w = SIZE / s;
        float[] truth = disc(SIZE);
        float[] low = lowOf(truth, w, s);
        int iterations = IterativeBackProjection.DEFAULT_ITERATIONS;
        double directional = Psnr.of(truth, IterativeBackProjection.upscale(low, w, w, s, iterations,
                BlockUpscaling.DIRECTIONAL_CUBIC));
        double cubic = Psnr.of(truth, IterativeBackProjection.upscale(low, w, w, s, iterations,
                BlockUpscaling.BICUBIC));
        assertTrue(directional > cubic + 0.5, "directional " + directional + " dB, cubic " + cubic + " dB");
        TvReconstruction.Settings settings = TvReconstruction.Settings.defaults();
        assertEquals(BlockUpscaling.DIRECTIONAL_CUBIC, blend(truth, w, s).ibpStart());
        assertEquals(List.of(BlockUpscaling.BICUBIC), TvIbpBlend.selfTests(low, w, w, 3, settings, 0).stream()
                .map(TvIbpBlend.SelfTest::start).toList(), "not a power of two");
    }

    /**
     * A 128² part of the 256² cell at ×2, where the low-resolution image's odd pixels are
     * predicted better from the even ones by cubic than by directional cubic convolution, yet
     * the blend from directional cubic convolution is 2.9 dB better (measured: 55.76 against
     * 52.90): the blend's self-test, which runs the blend, picks that start.
     */
    @Test
    void theBlendStartsWhereItsOwnSelfTestReproducesTheImageBest() {
        int s = 2;
        int n = 128;
        FloatImage cell = GrayscaleSquare.prepare(ImagePlusConverter.toFloatImage(TestImages.open("cell.png")), 256);
        float[] truth = new float[n * n];
        for (int y = 0; y < n; y++) {
            System.arraycopy(cell.data(), (n + y) * cell.width() + n, truth, y * n, n);
        }
        int w = n / s;
        float[] low = lowOf(truth, w, s);
        assertTrue(HalfPixelInterpolation.BICUBIC.selfTestError(low, w, w)
                < HalfPixelInterpolation.DIRECTIONAL_CUBIC.selfTestError(low, w, w), "interpolation prefers cubic");

        TvIbpBlend chosen = blend(truth, w, s);
        assertEquals(BlockUpscaling.DIRECTIONAL_CUBIC, chosen.ibpStart());
        TvIbpBlend.SelfTest cubic = TvIbpBlend.selfTests(low, w, w, s, TvReconstruction.Settings.defaults(), 0)
                .stream().filter(t -> t.start() == BlockUpscaling.BICUBIC).findFirst().orElseThrow();
        float[] fromCubic = TvIbpBlend.mix(cubic.tvShare(), chosen.tv().reconstruction(), IterativeBackProjection
                .upscale(low, w, w, s, IterativeBackProjection.DEFAULT_ITERATIONS, BlockUpscaling.BICUBIC));
        double chosenPsnr = Psnr.of(truth, chosen.reconstruction());
        double cubicPsnr = Psnr.of(truth, fromCubic);
        assertTrue(chosenPsnr > cubicPsnr + 2, "chosen " + chosenPsnr + " dB, from cubic " + cubicPsnr + " dB");
    }

    /** A bright disc of radius 0.3 · size on a dark background, with a one-pixel soft rim. */
    private static float[] disc(int size) {
        float[] v = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x - size / 2.0 + 0.3, y - size / 2.0 - 0.2);
                v[y * size + x] = (float) (0.2 + 0.6 / (1 + Math.exp((r - 0.3 * size) / 0.5)));
            }
        }
        return v;
    }

    @Test
    void backProjectionFromKnownPixelsNeverReadsTheOthersAndFillsThem() {
        int s = SCALE;
        int w = SIZE / s;
        float[] truth = smooth(SIZE, SIZE);
        float[] low = lowOf(truth, w, s);
        AveragePoolOperator pool = new AveragePoolOperator(w, w, s);
        MeasurementSplit split = SuperResolutionBaselines.heldOutPixels(low.length, 3);
        float[] poisoned = low.clone();
        for (int i : split.heldOut()) {
            poisoned[i] = 1e6f;
        }
        boolean[] known = split.keptMask();
        int iterations = IterativeBackProjection.DEFAULT_ITERATIONS;
        for (BlockUpscaling start : BlockUpscaling.values()) {
            assertArrayEquals(IterativeBackProjection.upscale(low, known, w, w, s, iterations, start),
                    IterativeBackProjection.upscale(poisoned, known, w, w, s, iterations, start), start.label());
        }
        float[] fromKept = IterativeBackProjection.upscale(low, known, w, w, s, iterations, BlockUpscaling.BICUBIC);
        float[] averages = new float[low.length];
        pool.apply(fromKept, averages);
        for (int i : split.kept()) {
            assertEquals(low[i], averages[i], 1e-4, "kept pixel " + i);
        }
        // a held-out pixel is predicted from its neighbours, far better than by the image's mean:
        // measured 1.7e-3 against a variance of 5.0e-2
        double error = split.heldOutError(pool, low, fromKept);
        double variance = variance(low);
        assertTrue(error < 0.1 * variance, "held-out mean squared error " + error + ", variance " + variance);
    }

    /**
     * Measured: on the piecewise-constant squares α = 0.67 (TV 28.80, IBP 24.62, blend 28.19 dB);
     * on the smooth waves α = 0, so the blend follows whichever method suits the image.
     */
    @Test
    void theBlendLeansToTvOnEdgesAndToBackProjectionOnSmoothImages() {
        int s = SCALE;
        int w = SIZE / s;
        TvIbpBlend squares = blend(squares(SIZE), w, s);
        TvIbpBlend waves = blend(smooth(SIZE, SIZE), w, s);
        assertTrue(squares.tvShare() > 0.5, "squares: α = " + squares.tvShare());
        assertTrue(waves.tvShare() < 0.25, "waves: α = " + waves.tvShare());
        float[] truth = squares(SIZE);
        float[] tv = squares.tv().reconstruction();
        float[] ibp = IterativeBackProjection.upscale(lowOf(truth, w, s), w, w, s,
                IterativeBackProjection.DEFAULT_ITERATIONS, squares.ibpStart());
        double blendPsnr = Psnr.of(truth, squares.reconstruction());
        double tvPsnr = Psnr.of(truth, tv);
        double ibpPsnr = Psnr.of(truth, ibp);
        assertTrue(blendPsnr > ibpPsnr + 0.5 * (tvPsnr - ibpPsnr), "blend " + blendPsnr + " dB keeps most of TV's lead");
    }

    private static double variance(float[] v) {
        double mean = 0;
        for (float x : v) {
            mean += x / (double) v.length;
        }
        double s = 0;
        for (float x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / v.length;
    }

    private static TvIbpBlend blend(float[] truth, int w, int s) {
        return SuperResolutionBaselines.tvIbpAuto(lowOf(truth, w, s), w, w, s, TvReconstruction.Settings.defaults(),
                0);
    }

    private static float[] lowOf(float[] truth, int w, int s) {
        float[] low = new float[w * w];
        new AveragePoolOperator(w, w, s).apply(truth, low);
        return low;
    }

    /** Axis-aligned and tilted rectangles of three grey levels on [0, 1]. */
    private static float[] squares(int size) {
        float[] v = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double value = 0.1;
                if (x > size / 5 && x < size / 2 && y > size / 6 && y < 2 * size / 3) {
                    value = 0.9;
                }
                if (x + y > size && x - y < size / 4) {
                    value = 0.5;
                }
                v[y * size + x] = (float) value;
            }
        }
        return v;
    }
}
