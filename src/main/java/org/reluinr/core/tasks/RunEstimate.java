package org.reluinr.core.tasks;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.TrainingBudget;
import org.reluinr.core.grid.CoordinateGrid;

/**
 * What a task's run will take on this machine, from the input's size alone, so a dialog can
 * say it before the user presses OK: the network's time ({@link TrainingBudget}, operators and
 * the classical start not counted) over every plane and every phase of a guided run, and the
 * memory of one plane's training. A run that would not fit in memory is refused here, as the
 * trainer would refuse it.
 */
public final class RunEstimate {

    private RunEstimate() {
    }

    /** Fit INR of each of {@code planes} planes of width × height. */
    public static String fit(int width, int height, int channels, int planes, FitSettings settings) {
        if (HalfPixelFit.applies(width, height, 1, settings)) {
            return describe(planes, budget(TrainingBudget.ProblemSize.ofImage(CoordinateGrid.halfPixel(width, height),
                    channels), settings, HalfPixelFit.plannedIterations(settings)));
        }
        return describe(planes, budget(TrainingBudget.ProblemSize.ofImage(new CoordinateGrid(width, height), channels),
                settings, settings.iterations()));
    }

    /**
     * Fit INR of a volume of width × height × depth (dimensions 3): one network fitted to all
     * voxels, after the fits of the even slices that choose c where tv_weight is auto ({@link SliceScaleChoice}).
     */
    public static String fitVolume(int width, int height, int depth, int channels, FitSettings settings) {
        TrainingBudget voxels = budget(TrainingBudget.ProblemSize.ofImage(new CoordinateGrid(width, height, depth),
                channels), settings, settings.iterations());
        if (!SliceScaleChoice.applies(depth, settings)) {
            return describe(1, voxels);
        }
        TrainingBudget choice = budget(TrainingBudget.ProblemSize.ofImage(new CoordinateGrid(width, height,
                SliceHoldout.training(depth).length), channels), settings, SliceScaleChoice.plannedIterations(settings));
        return describe(1, choice, voxels);
    }

    /** Super-resolution of each plane of width × height by {@code scale}. */
    public static String superResolution(int width, int height, int channels, int planes, int scale,
            FitSettings settings) {
        return guided(new TrainingBudget.ProblemSize(new CoordinateGrid(width * scale, height * scale), channels,
                (long) width * height, scale * scale), settings, false, planes);
    }

    /** CT reconstruction of sinograms of {@code angles} rows of {@code bins} detector bins. */
    public static String ct(int bins, int angles, int planes, FitSettings settings) {
        return guided(new TrainingBudget.ProblemSize(new CoordinateGrid(bins, bins), 1, (long) bins * angles, 0),
                settings, true, planes);
    }

    /**
     * An inverse problem's run: with tv_weight auto, the copies of the classical start on the
     * grid with their own settings, and the training on the measurements with the user's.
     *
     * @param prior whether the guided run's classical start carries a prior (CT's TV; not the super-resolution blend)
     */
    private static String guided(TrainingBudget.ProblemSize size, FitSettings settings, boolean prior, int planes) {
        if (!settings.tvWeightAuto()) {
            return describe(planes, budget(size, settings, settings.iterations()));
        }
        TrainingBudget copies = budget(TrainingBudget.ProblemSize.ofImage(size.grid(), size.channels()),
                GuidedReconstruction.copying(settings, size.grid().points()),
                GuidedReconstruction.copyIterations(prior));
        int onMeasurements = GuidedReconstruction.measurementIterations(settings, prior);
        return onMeasurements == 0 ? describe(planes, copies)
                : describe(planes, copies, budget(size, settings, onMeasurements));
    }

    /** @throws IllegalArgumentException naming the problem when the run would not fit in this JVM's memory */
    private static TrainingBudget budget(TrainingBudget.ProblemSize size, FitSettings settings, int iterations) {
        TrainingBudget budget = TrainingBudget.of(size, settings.toBuilder().iterations(iterations).build());
        budget.requireWithin(TrainingBudget.MemoryLimits.ofThisJvm());
        return budget;
    }

    /** The phases run one after another: their times add up, the largest one's memory is needed. */
    private static String describe(int planes, TrainingBudget... phases) {
        double seconds = 0;
        long bytes = 0;
        for (TrainingBudget phase : phases) {
            seconds += phase.seconds();
            bytes = Math.max(bytes, phase.totalBytes());
        }
        return "estimate: about " + TrainingBudget.duration(seconds * planes) + " and " + TrainingBudget.size(bytes)
                + " on this machine (network only)";
    }
}
