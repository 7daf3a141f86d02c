package org.reluinr.cli;

import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.benchmark.CtInput;
import org.reluinr.core.classical.BlockUpscaling;
import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.benchmark.Method;
import org.reluinr.core.benchmark.MethodRegistry;
import org.reluinr.core.benchmark.SuperResolutionInput;
import org.reluinr.core.classical.CtBaselines;
import org.reluinr.core.classical.Interpolation;
import org.reluinr.core.classical.IterativeBackProjection;
import org.reluinr.core.classical.NonNegativeLeastSquares;
import org.reluinr.core.classical.SuperResolutionBaselines;
import org.reluinr.core.classical.TvReconstruction;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.operators.FilteredBackProjection;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.imagej.Upscaling;

/**
 * The methods {@code ./inr benchmark} scores: the one place where a method is registered, one
 * line each. The classical baselines run with their own defaults (TV's weight chosen on
 * held-out measurements, seed 0), the INRs with their task's defaults, all without a ground
 * truth. The benchmark's images are grayscale, so each method sees one channel.
 */
final class BenchmarkMethods {

    private BenchmarkMethods() {
    }

    /** @param iterations the INRs' training iterations; 0 keeps each task's default */
    static MethodRegistry defaults(int iterations) {
        List<Method<SuperResolutionInput>> superResolution = List.of(
                Method.of("imagej_bicubic", in -> Upscaling.bicubic(in.low(), in.scale())),
                Method.of("ibp", in -> highResolution(in, ibp(in, BlockUpscaling.BICUBIC))),
                Method.of("ibp_directional", in -> highResolution(in, ibp(in, BlockUpscaling.DIRECTIONAL_CUBIC))),
                Method.of("tv", in -> highResolution(in, SuperResolutionBaselines.tvAuto(in.low().data(),
                        in.low().width(), in.low().height(), in.scale(), TvReconstruction.Settings.defaults(), 0)
                        .reconstruction())),
                Method.of("tv_ibp", in -> highResolution(in, SuperResolutionBaselines.tvIbpAuto(in.low().data(),
                        in.low().width(), in.low().height(), in.scale(), TvReconstruction.Settings.defaults(), 0)
                        .reconstruction())),
                Method.of("inr", in -> SuperResolutionTask.run(in.low(), in.scale(),
                        settings(SuperResolutionTask.defaults(), iterations), null, ProgressListener.NONE,
                        new Cancellation()).reconstruction()));

        List<Method<CtInput>> ct = new ArrayList<>();
        for (FilteredBackProjection.Filter filter : FilteredBackProjection.Filter.values()) {
            ct.add(Method.of("fbp_" + filter.key(), in -> fbp(in, filter)));
        }
        ct.add(Method.of("nnls", in -> square(in, CtBaselines.nonNegativeLeastSquares(in.sinogram().data(),
                in.sinogram().width(), in.anglesDegrees(), NonNegativeLeastSquares.DEFAULT_ITERATIONS))));
        ct.add(Method.of("tv", in -> square(in, CtBaselines.tvAuto(in.sinogram().data(), in.sinogram().width(),
                in.anglesDegrees(), TvReconstruction.Settings.defaults(), 0).reconstruction())));
        ct.add(Method.of("inr", in -> CtTask.run(in.sinogram(), in.anglesDegrees(),
                settings(CtTask.defaults(), iterations), null, ProgressListener.NONE, new Cancellation())
                .reconstruction()));

        List<Method<FloatImage>> renderAt2x = new ArrayList<>();
        for (HalfPixelInterpolation interpolation : HalfPixelInterpolation.values()) {
            renderAt2x.add(Method.of(interpolation.label(), interpolation::upsample));
        }
        renderAt2x.add(renderedFit(2, iterations));
        // the spline is written for the half-way positions only
        List<Method<FloatImage>> renderAt4x = List.of(
                Method.of(HalfPixelInterpolation.BILINEAR.label(), seen -> pointSampled(seen, 4,
                        Interpolation.Kernel.LINEAR)),
                Method.of(HalfPixelInterpolation.BICUBIC.label(), seen -> pointSampled(seen, 4,
                        Interpolation.Kernel.CUBIC)),
                renderedFit(4, iterations));
        return new MethodRegistry(superResolution, ct, renderAt2x, renderAt4x);
    }

    private static float[] ibp(SuperResolutionInput in, BlockUpscaling start) {
        return IterativeBackProjection.upscale(in.low().data(), in.low().width(), in.low().height(), in.scale(),
                IterativeBackProjection.DEFAULT_ITERATIONS, start);
    }

    /** {@code fit} with its defaults on the seen pixels, its model rendered {@code step} times as densely. */
    private static Method<FloatImage> renderedFit(int step, int iterations) {
        return Method.of("inr", seen -> renderAt(RepresentationTask.run(seen, settings(RepresentationTask.defaults(),
                iterations), ProgressListener.NONE, new Cancellation()).model(), step));
    }

    /** The seen pixels interpolated onto the grid of which they are every {@code step}-th pixel. */
    private static FloatImage pointSampled(FloatImage seen, int step, Interpolation.Kernel kernel) {
        int w = seen.width();
        int h = seen.height();
        return new FloatImage(step * w, step * h, 1, 1, Interpolation.pointSampled(seen.data(), w, h, step, step * w,
                step * h, kernel));
    }

    private static FitSettings settings(FitSettings defaults, int iterations) {
        return iterations > 0 ? defaults.toBuilder().iterations(iterations).build() : defaults;
    }

    private static FloatImage fbp(CtInput in, FilteredBackProjection.Filter filter) {
        return square(in, FilteredBackProjection.reconstruct(in.sinogram().data(), in.sinogram().width(),
                in.anglesDegrees(), filter));
    }

    /** A CT reconstruction as an n × n image. */
    private static FloatImage square(CtInput in, float[] image) {
        int n = in.sinogram().width();
        return new FloatImage(n, n, 1, 1, image);
    }

    /** A super-resolution result (one channel) as an image s times the input's size. */
    private static FloatImage highResolution(SuperResolutionInput in, float[] image) {
        return new FloatImage(in.low().width() * in.scale(), in.low().height() * in.scale(), 1, 1, image);
    }

    /**
     * The model of a w × h fit sampled on the sw × sh grid with seen pixel i at full pixel si:
     * positions 0, 1/s, … w − 1/s in training pixels. {@code ./inr render --width sw} spans
     * [0, w − 1] instead (its corners on the training grid's corners), which would put the seen
     * pixels off the positions si, so the extent here reaches (s − 1)/s of a pixel past the last
     * training pixel.
     */
    static FloatImage renderAt(InrModel model, int step) {
        int[] sizes = model.gridSizes();
        return model.render(new int[] {step * sizes[0], step * sizes[1]},
                new double[][] {{0, sizes[0] - 1.0 / step}, {0, sizes[1] - 1.0 / step}});
    }
}
