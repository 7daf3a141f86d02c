package org.reluinr.core.tasks;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitProblem;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.PhasedProgress;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.fit.Trainer;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.core.operators.IdentityOperator;

/** Signal representation: fit an INR to the image itself (A = identity). */
public final class RepresentationTask {

    public static final String NAME = "fit";
    /**
     * The largest c at which a BW-ReLU model renders smoothly anywhere between the positions it
     * was fitted at: on the 3D phantom's held-out slices c = 1 gave 22.8 dB, c = 2 20.3, c = 3
     * 16.0 and c = 9 12.2, linear interpolation 15.5 (README, "Stacks and volumes"); fitted to
     * every fourth pixel of the 256² cameraman, c = 2 was 22.71 dB on the others, bicubic 22.75,
     * c = 5 22.15 and c = 9 10.52 (README, "Models: save, reload, render").
     */
    public static final int SMOOTH_C = 2;

    private RepresentationTask() {
    }

    /**
     * The task's own defaults: tv_weight auto fits a 2D image on its half-pixel grid, following
     * bicubic, cubic spline or directional cubic interpolation between the pixels
     * ({@link HalfPixelFit}), and a
     * volume at the c its held-out slices choose ({@link SliceScaleChoice}); 0 fits the pixels
     * alone at the settings' c.
     */
    public static FitSettings defaults() {
        return FitSettings.builder().tvWeight(FitSettings.AUTO).build();
    }

    public static TaskResult run(FloatImage image, FitSettings settings, ProgressListener listener,
            Cancellation cancellation) {
        return run(image, VoxelSize.pixels(image.spatialSizes().length), settings, listener, cancellation);
    }

    /**
     * Fits an image of 1 to 3 axes; for a volume (depth &gt; 1) the voxel size sets the z
     * axis's extent, so that the network sees physical proportions ({@link CoordinateGrid#calibrated}).
     */
    public static TaskResult run(FloatImage image, VoxelSize voxelSize, FitSettings settings, ProgressListener listener,
            Cancellation cancellation) {
        InputChecks.requireFittable(image, "the image");
        int[] sizes = image.spatialSizes();
        if (voxelSize.dimensions() != sizes.length) {
            throw new IllegalArgumentException("the voxel size has " + voxelSize.dimensions() + " axes, the image "
                    + sizes.length);
        }
        IntensityRange range = IntensityRange.of(image);
        FloatImage target = range.normalise(image);
        CoordinateGrid grid = CoordinateGrid.calibrated(sizes, voxelSize.sizes());
        if (HalfPixelFit.applies(image.width(), image.height(), image.depth(), settings)) {
            HalfPixelFit.Outcome guided = HalfPixelFit.fit(target, settings, listener, cancellation);
            InrModel model = new InrModel(NAME, settings, grid, voxelSize, range, guided.fit().parameters());
            BetweenGridCheck.Finding between = BetweenGridCheck.of(model, target, guided.guide(), settings.seed());
            // the result is the model on the pixel grid, so that rendering it there reproduces it
            FitResult fit = guided.fit().withReconstruction(model.sample(sizes, model.fullExtent()));
            TaskResult task = result(model, fit.withMessage(fit.message() + "; " + between.describe(true)), target);
            between.record(task.extras());
            return task;
        }
        if (SliceScaleChoice.applies(image.depth(), settings)) {
            PhasedProgress progress = new PhasedProgress(listener,
                    SliceScaleChoice.plannedIterations(settings) + settings.iterations());
            SliceScaleChoice.Choice choice = SliceScaleChoice.choose(image, range, voxelSize, settings, progress,
                    cancellation);
            if (cancellation.isRequested()) {
                return SliceScaleChoice.cancelled(choice, target, range);
            }
            TaskResult task = fitVoxels(target, grid, voxelSize, range, settings.toBuilder().c(choice.c()).build(),
                    choice.verdict(), progress.next(), cancellation);
            task.extras().putAll(choice.metrics());
            return task;
        }
        return fitVoxels(target, grid, voxelSize, range, settings,
                settings.tvWeightAuto() ? HalfPixelFit.notApplied(image, settings) : null, listener, cancellation);
    }

    /**
     * The network fitted to the pixels or voxels alone.
     *
     * @param settings those of the model; tv_weight auto is fitted as 0
     * @param note what the fit's message adds, or null
     */
    private static TaskResult fitVoxels(FloatImage target, CoordinateGrid grid, VoxelSize voxelSize,
            IntensityRange range, FitSettings settings, String note, ProgressListener listener,
            Cancellation cancellation) {
        FitSettings plain = settings.tvWeightAuto() ? settings.toBuilder().tvWeight(0).build() : settings;
        FitProblem problem = new FitProblem(grid, target.channels(), new IdentityOperator(grid.points()),
                target.data(), target.data());
        FitResult fit = Trainer.fit(problem, plain, listener, cancellation);
        if (note != null) {
            fit = fit.withMessage(fit.message() + "; " + note);
        }
        return result(new InrModel(NAME, settings, grid, voxelSize, range, fit.parameters()), fit, target);
    }

    private static TaskResult result(InrModel model, FitResult fit, FloatImage target) {
        FloatImage unit = new FloatImage(target.width(), target.height(), target.depth(), target.channels(),
                fit.reconstruction());
        return new TaskResult(model, fit, ImageQuality.of(target, unit));
    }
}
