package org.reluinr.core.tasks;

import org.reluinr.core.classical.SuperResolutionBaselines;
import org.reluinr.core.classical.TvIbpBlend;
import org.reluinr.core.classical.TvReconstruction;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.core.operators.MeasurementSplit;

/**
 * Super-resolution: fit the INR on the s-times finer grid so that its s × s block averages
 * match the low-resolution image. With tv_weight auto (the default) the fit is a
 * {@link GuidedReconstruction} from the TV / IBP blend ({@link TvIbpBlend}), TV's weight
 * chosen on held-out low-resolution pixels.
 */
public final class SuperResolutionTask {

    public static final String NAME = "superres";

    private SuperResolutionTask() {
    }

    /**
     * The task's own defaults: the guided reconstruction (tv_weight auto) starts from the TV /
     * IBP blend, which beats bicubic, iterative back-projection, TV alone and the INR trained
     * from scratch (README, "Quality"); c = 9 lets the network represent that start. The blend
     * carries no prior, so the guided run does not refine it (see {@link GuidedReconstruction});
     * iterations and the small learning rate apply to a fit with a numeric tv_weight.
     */
    public static FitSettings defaults() {
        return FitSettings.builder().c(9).learningRate(3e-5).iterations(50).tvWeight(FitSettings.AUTO).build();
    }

    /** The scale itself, when it is one super-resolution can take: an integer of at least 2. */
    public static int requireScale(int scale) {
        if (scale < 2) {
            throw new IllegalArgumentException("scale must be an integer of at least 2, got " + scale);
        }
        return scale;
    }

    /**
     * @param groundTruth the true high-resolution image for metrics, or null
     */
    public static TaskResult run(FloatImage low, int scale, FitSettings settings, FloatImage groundTruth,
            ProgressListener listener, Cancellation cancellation) {
        InputChecks.requireFittable(low, "the low-resolution image");
        if (low.depth() != 1) {
            throw new IllegalArgumentException("super-resolution takes a single 2D image");
        }
        AveragePoolOperator pool = new AveragePoolOperator(low.width(), low.height(), scale);
        int w = pool.highWidth();
        int h = pool.highHeight();
        if (groundTruth != null) {
            InputChecks.requireSameShape(groundTruth, w, h, low.channels(),
                    "the ground truth must be " + scale + " × the input's size");
        }
        IntensityRange range = IntensityRange.of(low);
        FloatImage measured = range.normalise(low);
        float[] reference = groundTruth == null ? null : range.normalise(groundTruth).data();
        CoordinateGrid grid = new CoordinateGrid(w, h);
        double peak = reference == null ? 1 : Psnr.dataRange(reference);
        if (settings.tvWeightAuto() && pool.rangeSize() < 2) {
            throw new IllegalArgumentException("tv_weight auto holds out low-resolution pixels and needs at least 2;"
                    + " give tv_weight a number (0: none)");
        }
        MeasurementSplit split = settings.tvWeightAuto()
                ? SuperResolutionBaselines.heldOutPixels(pool.rangeSize(), settings.seed()) : null;
        GuidedReconstruction.ClassicalStart best = y -> TvIbpBlend.choose(y, low.width(), low.height(), scale,
                TvReconstruction.Settings.defaults(), split, settings.seed()).asChoice();
        GuidedReconstruction.Solution solution = GuidedReconstruction.solve(new GuidedReconstruction.Problem(grid,
                low.channels(), pool, measured.data(), split, best, reference, peak), settings, listener, cancellation);
        FitResult fit = solution.fit();
        InrModel model = new InrModel(NAME, solution.used(), new int[] {w, h}, range, fit.parameters());
        FloatImage result = model.toImage(fit.reconstruction(), w, h);
        TaskResult task = new TaskResult(model, fit,
                groundTruth == null ? null : GroundTruthQuality.of(groundTruth, result));
        task.extras().put("scale", scale);
        if (solution.guided() != null) {
            Guidance.report(task, solution.guided(), groundTruth);
        }
        return task;
    }
}
