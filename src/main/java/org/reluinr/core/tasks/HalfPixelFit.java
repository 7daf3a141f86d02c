package org.reluinr.core.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitProblem;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.PhasedProgress;
import org.reluinr.core.fit.Progress;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.BwRelu;
import org.reluinr.core.operators.IdentityOperator;

/**
 * The default fit of a 2D image (tv_weight auto): the network is fitted on the image's
 * half-pixel grid ({@link CoordinateGrid#halfPixel}) to the pixels and, half-way between them,
 * to the image's interpolation, so that the model renders between pixels as the interpolation
 * does. Fitted to the pixels alone, the network interpolates them and is noise between them at
 * c = 9 ("render at 2×" in the README). The interpolation is bicubic, the cubic spline or
 * directional cubic convolution, whichever predicts the image's odd pixels from its even ones
 * best. The fit runs at the
 * settings' rate, then polishes at lower ones, and stops once its mean squared error on the
 * grid is {@link #FIDELITY_SHARE} of the chosen interpolation's own error, as that self-test
 * estimates it: the network then adds almost nothing to the interpolation's uncertainty.
 */
final class HalfPixelFit {

    /**
     * The interpolations the model may follow between pixels. On the benchmark's eight 256²
     * images the self-test at half their resolution chose the one that was best at full
     * resolution on all eight: directional cubic convolution on the four with edges (0.62 to 2.24
     * dB above bicubic: cameraman, astronaut, phantom, coffee), the spline on the smooth cell
     * (59.4 dB against bicubic's 56.3), bicubic on the three textures (grass, gravel, rocket;
     * 0.27 to 0.32 dB above directional cubic convolution). Ties go to the earlier entry.
     * Bilinear is not offered: the self-test favours it on images where others are better at
     * full resolution (the cameraman: 22.4 against bicubic's 22.1 dB on the halved image, 26.8
     * against 27.0 on the image), because halving makes an image rougher.
     */
    static final List<HalfPixelInterpolation> INTERPOLATIONS = List.of(HalfPixelInterpolation.BICUBIC,
            HalfPixelInterpolation.SPLINE, HalfPixelInterpolation.DIRECTIONAL_CUBIC);
    /**
     * The fit's tolerance as a share of the interpolation's estimated error. On the 128² even
     * pixels of the 256² cameraman, 0.005 stopped at 45 dB on the pixels and left the model
     * 0.06 dB and 0.016 SSIM below bicubic between them; 0.001: 52 dB, 0.02 dB and 0.004.
     */
    static final double FIDELITY_SHARE = 0.001;
    /** The self-test needs two even samples per axis. */
    private static final int MIN_SIDE = 4;

    /**
     * @param interpolation what the model follows between pixels
     * @param selfTest each candidate's mean squared error between pixels as the self-test estimates it
     */
    record Guide(HalfPixelInterpolation interpolation, Map<HalfPixelInterpolation, Double> selfTest) {

        /** The chosen interpolation's estimated error. */
        double error() {
            return selfTest.get(interpolation);
        }

        /** Why it was chosen, for the fit's message. */
        String reason() {
            StringJoiner errors = new StringJoiner(", ", "chosen by the image's even pixels predicting its odd ones;"
                    + " errors: ", "");
            selfTest.forEach((candidate, error) -> errors.add(String.format(Locale.ROOT, "%s %.3g", candidate.label(),
                    error)));
            return errors.toString();
        }
    }

    /** @param fit the fit, its reconstruction on the half-pixel grid */
    record Outcome(FitResult fit, Guide guide) {
    }

    private HalfPixelFit() {
    }

    /**
     * Whether a fit of an image of these sizes with these settings is this one: tv_weight auto, a
     * 2D plane of at least 4 × 4 pixels, and a network whose inputs do not depend on the grid
     * (relu_pe's frequencies follow the pixel grid's Nyquist rule).
     */
    static boolean applies(int width, int height, int depth, FitSettings settings) {
        return settings.tvWeightAuto() && depth == 1 && width >= MIN_SIDE && height >= MIN_SIDE
                && !settings.activation().equals(Activations.RELU_PE);
    }

    /** The stages' iterations: the settings' own, then the polish. */
    static int plannedIterations(FitSettings settings) {
        return GuidedReconstruction.iterations(stages(settings));
    }

    /**
     * A run at the settings' rate, then up to two thirds as many iterations at a tenth of it and
     * as many again at a thirtieth, which smooth images need: the cell's 128² even pixels, whose
     * bicubic interpolation is within 56 dB of the truth, were followed to 55.5 dB after the
     * first two stages and to 61 dB after the third.
     */
    private static List<GuidedReconstruction.Stage> stages(FitSettings settings) {
        int iterations = settings.iterations();
        double rate = settings.learningRate();
        return List.of(new GuidedReconstruction.Stage(iterations, rate),
                new GuidedReconstruction.Stage(2 * iterations / 3, rate / 10),
                new GuidedReconstruction.Stage(2 * iterations / 3, rate / 30));
    }

    /** Why an image is fitted to its pixels only though tv_weight is auto. */
    static String notApplied(FloatImage image, FitSettings settings) {
        if (image.depth() > 1 && !settings.activation().equals(BwRelu.NAME)) {
            return "a volume is fitted to its voxels only (tv_weight auto guides 2D images and chooses BW-ReLU's c"
                    + " for volumes)";
        }
        if (image.depth() > 1) {
            String fitted = "a volume of " + image.depth() + " slices is fitted to its voxels at the given c (choosing"
                    + " c by held-out slices needs " + SliceScaleChoice.MIN_DEPTH + ")";
            int smooth = RepresentationTask.SMOOTH_C;
            return settings.c() <= smooth ? fitted : fitted + "; it renders well between its slices only at a small"
                    + " c, 1 to " + smooth + ", and this fit used c = " + settings.c()
                    + " (README, \"Stacks and volumes\")";
        }
        if (settings.activation().equals(Activations.RELU_PE)) {
            return "relu_pe is fitted to the pixels only (its encoding follows the pixel grid)";
        }
        return "an image under " + MIN_SIDE + " × " + MIN_SIDE + " pixels is fitted to its pixels only";
    }

    /** @param image on [0, 1], channel-planar */
    static Outcome fit(FloatImage image, FitSettings settings, ProgressListener listener, Cancellation cancellation) {
        int w = image.width();
        int h = image.height();
        int channels = image.channels();
        Guide chosen = guide(image);
        HalfPixelInterpolation interpolation = chosen.interpolation();
        CoordinateGrid grid = CoordinateGrid.halfPixel(w, h);
        int points = grid.points();
        float[] guide = new float[channels * points];
        for (int ch = 0; ch < channels; ch++) {
            System.arraycopy(interpolation.halfPixelGrid(image.channel(ch), w, h), 0, guide, ch * points, points);
        }
        PhasedProgress progress = new PhasedProgress(onPixels(listener, w, h, channels), plannedIterations(settings));
        FitProblem problem = new FitProblem(grid, channels, new IdentityOperator(points), guide, guide);
        double tolerance = Math.max(FIDELITY_SHARE * chosen.error(), settings.stopLoss());
        FitResult fit = GuidedReconstruction.imageFit(problem, settings, stages(settings), null, tolerance, progress,
                cancellation);
        return new Outcome(judged(fit, chosen, settings, tolerance), chosen);
    }

    /** Of {@link #INTERPOLATIONS}, the one whose self-test error, over the channels, is least. */
    static Guide guide(FloatImage image) {
        Map<HalfPixelInterpolation, Double> errors = new LinkedHashMap<>();
        HalfPixelInterpolation best = null;
        for (HalfPixelInterpolation candidate : INTERPOLATIONS) {
            double error = 0;
            for (int ch = 0; ch < image.channels(); ch++) {
                error += candidate.selfTestError(image.channel(ch), image.width(), image.height())
                        / image.channels();
            }
            errors.put(candidate, error);
            if (best == null || error < errors.get(best)) {
                best = candidate;
            }
        }
        return new Guide(best, errors);
    }

    /** A fit that ended as planned, told in its own terms: stop_loss is the user's, not the tolerance. */
    private static FitResult judged(FitResult fit, Guide guide, FitSettings settings, double tolerance) {
        if (!GuidedReconstruction.reproduced(fit)) {
            return fit;
        }
        boolean reached = settings.stopLoss() > 0 && fit.bestLoss() <= settings.stopLoss();
        String text = String.format(Locale.ROOT, "followed %s interpolation between pixels (%s): mean squared"
                + " error %.3g on the half-pixel grid after %d iterations (tolerance %.3g)%s",
                guide.interpolation().label(), guide.reason(), fit.bestLoss(), fit.iterations(), tolerance,
                reached ? ", within stop_loss" : "");
        return fit.withLoss(fit.bestLoss(), reached ? FitStatus.REACHED_STOP_LOSS : FitStatus.COMPLETED, text);
    }

    /** The listener, shown the pixels of the half-pixel grid's output (every other point from the second). */
    private static ProgressListener onPixels(ProgressListener listener, int w, int h, int channels) {
        return new ProgressListener() {
            @Override
            public void onProgress(Progress p) {
                listener.onProgress(p);
            }

            @Override
            public void onStart(String plan) {
                listener.onStart(plan);
            }

            @Override
            public void onOutput(int[] gridSizes, Supplier<float[]> output) {
                listener.onOutput(new int[] {w, h}, () -> pixels(output.get(), w, h, channels));
            }
        };
    }

    private static float[] pixels(float[] fine, int w, int h, int channels) {
        int fw = 2 * w + 1;
        int points = fw * (2 * h + 1);
        float[] out = new float[channels * w * h];
        for (int ch = 0; ch < channels; ch++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[ch * w * h + y * w + x] = fine[ch * points + (2 * y + 1) * fw + 2 * x + 1];
                }
            }
        }
        return out;
    }
}
