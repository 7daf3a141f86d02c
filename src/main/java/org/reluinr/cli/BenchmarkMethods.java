package org.reluinr.cli;

import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.benchmark.CtInput;
import org.reluinr.core.classical.HalfPixelInterpolation;
import org.reluinr.core.benchmark.Method;
import org.reluinr.core.benchmark.MethodRegistry;
import org.reluinr.core.benchmark.SuperResolutionInput;
import org.reluinr.core.classical.CtBaselines;
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
                Method.of("ibp", in -> highResolution(in, IterativeBackProjection.upscale(in.low().data(),
                        in.low().width(), in.low().height(), in.scale(), IterativeBackProjection.DEFAULT_ITERATIONS))),
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
        renderAt2x.add(Method.of("inr", seen -> renderAt2x(RepresentationTask.run(seen,
                        settings(RepresentationTask.defaults(), iterations), ProgressListener.NONE, new Cancellation())
                        .model())));
        return new MethodRegistry(superResolution, ct, renderAt2x);
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
     * The model of a w × h fit sampled on the 2w × 2h grid with seen pixel i at full pixel 2i:
     * positions 0, ½, 1, … w − ½ in training pixels. {@code ./inr render --width 2w} spans
     * [0, w − 1] instead (its corners on the training grid's corners), which would put the seen
     * pixels off the even positions, so the extent here reaches half a pixel past the last
     * training pixel.
     */
    static FloatImage renderAt2x(InrModel model) {
        int[] sizes = model.gridSizes();
        return model.render(new int[] {2 * sizes[0], 2 * sizes[1]},
                new double[][] {{0, sizes[0] - 0.5}, {0, sizes[1] - 0.5}});
    }
}
