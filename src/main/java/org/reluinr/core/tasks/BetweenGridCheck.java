package org.reluinr.core.tasks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.model.InrModel;

/**
 * How closely the default 2D fit's model follows its interpolation away from the half-pixel
 * grid it was fitted on, at random positions over the image's area: nothing else holds it
 * there, and at a large c for the image's size it is noise between the grid points (a 64²
 * image at c = 9: README, "Models: save, reload, render"). No ground truth is read: the
 * interpolation is the reference, and its own error as the self-test estimates it is the scale
 * a render off the grid is judged by.
 */
final class BetweenGridCheck {

    /** The metric the finding is saved as, with the interpolation's error and name beside it. */
    static final String ERROR_KEY = "between_grid_error";
    static final String INTERPOLATION_ERROR_KEY = "interpolation_error";
    static final String INTERPOLATION_KEY = "classical_method";
    /** Random positions drawn per pixel: more than the half-pixel grid holds, none of them on it but by chance. */
    static final int POSITIONS_PER_PIXEL = 4;
    /** Positions the model evaluates at once. */
    private static final int CHUNK = 16_384;

    /**
     * @param error the model's mean squared difference from the interpolation at the positions
     * @param interpolationError the interpolation's own estimated error ({@link HalfPixelFit.Guide#error})
     */
    record Finding(double error, double interpolationError, String interpolation) {

        /** The finding a fit's metrics (a model file's) recorded, if they hold one. */
        static Optional<Finding> recorded(Map<String, Object> metrics) {
            if (metrics.get(ERROR_KEY) instanceof Number error
                    && metrics.get(INTERPOLATION_ERROR_KEY) instanceof Number interpolationError
                    && metrics.get(INTERPOLATION_KEY) instanceof String interpolation) {
                return Optional.of(new Finding(error.doubleValue(), interpolationError.doubleValue(), interpolation));
            }
            return Optional.empty();
        }

        /** Adds the finding to a fit's metrics. */
        void record(Map<String, Object> metrics) {
            metrics.put(INTERPOLATION_KEY, interpolation);
            metrics.put(INTERPOLATION_ERROR_KEY, interpolationError);
            metrics.put(ERROR_KEY, error);
        }

        /** Whether the model departs from the interpolation by more than the interpolation is expected to err. */
        boolean worseThanInterpolation() {
            return error > interpolationError;
        }

        /**
         * The finding, for a message.
         *
         * @param advise whether to add, if the model is worse than the interpolation, what to do instead
         */
        String describe(boolean advise) {
            String finding = String.format(Locale.ROOT, "at %d random positions per pixel between the grid points the"
                    + " model differs from %s interpolation by %.3g (mean squared), against that interpolation's own"
                    + " estimated error %.3g", POSITIONS_PER_PIXEL, interpolation, error, interpolationError);
            if (!worseThanInterpolation()) {
                return finding;
            }
            String worse = finding + ": off the half-pixel grid it renders worse than " + interpolation
                    + " interpolation";
            return advise ? worse + "; render on that grid (2n − 1 samples over the n pixels of each axis) and"
                    + " enlarge with an interpolation, or fit at a smaller c (README, \"Models: save, reload, render\")"
                    : worse;
        }
    }

    private BetweenGridCheck() {
    }

    /**
     * @param model the fitted model
     * @param image the fitted image on [0, 1], channel-planar
     * @param guide the interpolation the fit followed
     * @param seed where the positions are drawn from
     */
    static Finding of(InrModel model, FloatImage image, HalfPixelFit.Guide guide, long seed) {
        int w = image.width();
        int h = image.height();
        int channels = image.channels();
        HalfPixelInterpolation.Surface[] surfaces = new HalfPixelInterpolation.Surface[channels];
        for (int ch = 0; ch < channels; ch++) {
            surfaces[ch] = guide.interpolation().surface(image.channel(ch), w, h);
        }
        CoordinateGrid grid = model.grid();
        SplittableRandom random = new SplittableRandom(seed);
        int total = POSITIONS_PER_PIXEL * w * h;
        InrModel.Sampler sampler = model.new Sampler(Math.min(CHUNK, total));
        double sum = 0;
        for (int first = 0; first < total; first += CHUNK) {
            int count = Math.min(CHUNK, total - first);
            double[] pixels = new double[2 * count];
            float[] coordinates = new float[2 * count];
            for (int p = 0; p < count; p++) {
                // anywhere in the area the pixels cover, half a pixel past the outer ones
                pixels[2 * p] = random.nextDouble(-0.5, w - 0.5);
                pixels[2 * p + 1] = random.nextDouble(-0.5, h - 0.5);
                coordinates[2 * p] = grid.coordinateAt(0, pixels[2 * p]);
                coordinates[2 * p + 1] = grid.coordinateAt(1, pixels[2 * p + 1]);
            }
            float[] output = new float[channels * count];
            sampler.evaluate(coordinates, count, output, 0, count);
            for (int ch = 0; ch < channels; ch++) {
                for (int p = 0; p < count; p++) {
                    double d = output[ch * count + p] - surfaces[ch].at(pixels[2 * p], pixels[2 * p + 1]);
                    sum += d * d;
                }
            }
        }
        return new Finding(sum / ((double) total * channels), guide.error(), guide.interpolation().label());
    }
}
