package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.benchmark.GrayscaleSquare;
import org.reluinr.core.benchmark.SubsampledPixels;
import org.reluinr.core.benchmark.Scoring;
import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.model.InrModel;
import org.reluinr.imagej.ImagePlusConverter;
import org.reluinr.testing.TestImages;

/**
 * The default fit (tv_weight auto) makes a model that renders between pixels as bicubic
 * interpolation does, and still reproduces the pixels; the same network fitted to the pixels
 * alone (tv_weight 0) is far worse between them.
 */
class HalfPixelFitTest {

    /** A narrower network than the default keeps the test quick; both arms use it. */
    private static final FitSettings DEFAULTS = RepresentationTask.defaults().toBuilder().width(96).build();

    /** The model of a w × h fit on the 2w × 2h grid whose even pixels are the fitted ones. */
    private static FloatImage renderAt2x(InrModel model) {
        int[] s = model.gridSizes();
        return model.render(new int[] {2 * s[0], 2 * s[1]}, new double[][] {{0, s[0] - 0.5}, {0, s[1] - 0.5}});
    }

    @Test
    void theDefaultFitRendersBetweenPixelsAsBicubicDoesAndAPixelOnlyFitDoesNot() {
        FloatImage truth = IntensityRange.of(TestImages.cameraman(8)).normalise(TestImages.cameraman(8));
        FloatImage seen = SubsampledPixels.seen(truth, 2);
        float[] before = seen.data().clone();
        TaskResult guided = RepresentationTask.run(seen, DEFAULTS, ProgressListener.NONE, new Cancellation());
        TaskResult pixelsOnly = RepresentationTask.run(seen, DEFAULTS.toBuilder().tvWeight(0).build(),
                ProgressListener.NONE, new Cancellation());
        assertArrayEquals(before, seen.data(), "the input is not modified");

        double bicubic = Scoring.unseenPixels(2).score(truth, HalfPixelInterpolation.BICUBIC.upsample(seen)).psnr();
        double inr = Scoring.unseenPixels(2).score(truth, renderAt2x(guided.model())).psnr();
        double free = Scoring.unseenPixels(2).score(truth, renderAt2x(pixelsOnly.model())).psnr();
        assertTrue(inr > bicubic - 0.3, "between pixels: " + inr + " dB against bicubic's " + bicubic);
        assertTrue(inr > free + 3, "the guided fit " + inr + " dB, the pixel-only fit " + free + " dB");
        assertTrue(guided.quality().psnr() > 40, "the pixels are reproduced: " + guided.quality().psnr() + " dB");
        assertEquals("bicubic", guided.extras().get("classical_method"));
        assertTrue(guided.fit().message().startsWith("followed bicubic interpolation between pixels (chosen by the"
                + " image's even pixels predicting its odd ones; errors: bicubic "), guided.fit().message());
        assertTrue(guided.fit().message().contains(", spline "), "the candidate not chosen, with its error too: "
                + guided.fit().message());
    }

    @Test
    void theFitSaysWhetherItsModelFollowsTheInterpolationBetweenItsGridPoints() {
        FloatImage image = IntensityRange.of(TestImages.cameraman(32)).normalise(TestImages.cameraman(32));
        TaskResult sharp = RepresentationTask.run(image, DEFAULTS, ProgressListener.NONE, new Cancellation());
        TaskResult smooth = RepresentationTask.run(image, DEFAULTS.toBuilder().c(2).iterations(150).build(),
                ProgressListener.NONE, new Cancellation());
        double interpolation = (double) sharp.extras().get("interpolation_error");
        double atNine = (double) sharp.extras().get("between_grid_error");
        double atTwo = (double) smooth.extras().get("between_grid_error");
        assertTrue(atNine > 3 * interpolation, "c = 9 is noise between its grid points: " + atNine + " against "
                + interpolation);
        assertTrue(atTwo < interpolation / 3, "c = 2 follows the interpolation: " + atTwo + " against "
                + interpolation);
        String message = sharp.fit().message();
        Object followed = sharp.extras().get("classical_method");
        assertTrue(message.contains("random positions per pixel between the grid points the model differs from "
                + followed + " interpolation by") && message.contains("off the half-pixel grid it renders worse than "
                + followed + " interpolation; render on that grid"), message);
        assertFalse(smooth.fit().message().contains("renders worse"), smooth.fit().message());
    }

    @Test
    void theResultIsTheModelOnThePixelGrid() {
        FloatImage image = TestImages.cameraman(32);
        TaskResult fit = RepresentationTask.run(image, DEFAULTS.toBuilder().iterations(30).build(),
                ProgressListener.NONE, new Cancellation());
        assertEquals(image.width(), fit.reconstruction().width());
        assertArrayEquals(fit.model().render(image.width(), image.height()).data(), fit.reconstruction().data(),
                "rendering at the training size reproduces the result bit for bit");
    }

    @Test
    void theInterpolationErrorIsZeroOnARampAndGrowsWithCurvature() {
        int w = 9;
        int h = 6;
        float[] ramp = new float[w * h];
        float[] curved = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ramp[y * w + x] = 0.2f + 0.05f * x + 0.03f * y;
                curved[y * w + x] = (float) Math.sin(1.3 * x) * (float) Math.cos(0.9 * y);
            }
        }
        for (HalfPixelInterpolation interpolation : HalfPixelFit.INTERPOLATIONS) {
            assertEquals(0, interpolation.selfTestError(ramp, w, h), 1e-12);
            assertTrue(interpolation.selfTestError(curved, w, h) > 1e-3);
        }
    }

    @Test
    void theSelfTestChoosesTheSplineForASmoothImageDirectionalCubicForEdgesAndBicubicForTexture() {
        int n = 64;
        float[] smooth = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                smooth[y * n + x] = (float) (0.5 + 0.3 * Math.sin(0.9 * x + 0.2 * y) * Math.cos(0.7 * y));
            }
        }
        HalfPixelFit.Guide wave = HalfPixelFit.guide(new FloatImage(n, n, 1, 1, smooth));
        assertEquals(HalfPixelInterpolation.SPLINE, wave.interpolation());
        assertEquals(HalfPixelInterpolation.SPLINE.selfTestError(smooth, n, n), wave.error());
        assertEquals(HalfPixelInterpolation.DIRECTIONAL_CUBIC, HalfPixelFit.guide(benchmarkImage("phantom.png"))
                .interpolation());
        assertEquals(HalfPixelInterpolation.BICUBIC, HalfPixelFit.guide(benchmarkImage("grass.png")).interpolation());
    }

    private static FloatImage benchmarkImage(String name) {
        return GrayscaleSquare.prepare(ImagePlusConverter.toFloatImage(TestImages.open(name)), 128);
    }

    @Test
    void aVolumeTooThinToChooseCIsToldToUseASmallOneToRenderBetweenSlices() {
        FloatImage volume = new FloatImage(4, 4, 2, 1, new float[32]);
        String atNine = HalfPixelFit.notApplied(volume, DEFAULTS);
        assertTrue(atNine.startsWith("a volume of 2 slices is fitted to its voxels at the given c (choosing c by"
                + " held-out slices needs 3)") && atNine.contains("it renders well between its slices only at a small"
                + " c, 1 to 2, and this fit used c = 9.0"), atNine);
        assertFalse(HalfPixelFit.notApplied(volume, DEFAULTS.toBuilder().c(1.5).build()).contains("small c"));
        assertTrue(HalfPixelFit.notApplied(new FloatImage(4, 4, 3, 1, new float[48]),
                DEFAULTS.toBuilder().activation("siren").build()).contains("chooses BW-ReLU's c for volumes"));
    }

    @Test
    void imagesTheGridCannotTakeAreFittedToTheirPixelsAndSaySo() {
        FloatImage tiny = new FloatImage(3, 3, 1, 1, new float[] {0, 1, 0, 1, 0, 1, 0, 1, 0});
        TaskResult fit = RepresentationTask.run(tiny, DEFAULTS.toBuilder().iterations(5).build(),
                ProgressListener.NONE, new Cancellation());
        assertTrue(fit.fit().message().contains("fitted to its pixels only"), fit.fit().message());
        assertEquals(9, fit.reconstruction().data().length);
    }
}
