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
            CoordinateGrid grid = CoordinateGrid.halfPixel(width, height);
            return describe(new TrainingBudget.ProblemSize(grid, channels, grid.points(), 1), settings,
                    HalfPixelFit.plannedIterations(settings), planes);
        }
        return describe(new TrainingBudget.ProblemSize(new CoordinateGrid(width, height), channels,
                (long) width * height, 1), settings, settings.iterations(), planes);
    }

    /** Super-resolution of each plane of width × height by {@code scale}. */
    public static String superResolution(int width, int height, int channels, int planes, int scale,
            FitSettings settings) {
        return describe(new TrainingBudget.ProblemSize(new CoordinateGrid(width * scale, height * scale), channels,
                (long) width * height, scale * scale), settings, iterations(settings, false), planes);
    }

    /** CT reconstruction of sinograms of {@code angles} rows of {@code bins} detector bins. */
    public static String ct(int bins, int angles, int planes, FitSettings settings) {
        return describe(new TrainingBudget.ProblemSize(new CoordinateGrid(bins, bins), 1, (long) bins * angles, 0),
                settings, iterations(settings, true), planes);
    }

    /** @param prior whether the guided run's classical start carries a prior (CT's TV; not the super-resolution blend) */
    private static int iterations(FitSettings settings, boolean prior) {
        return settings.tvWeightAuto() ? GuidedReconstruction.plannedIterations(settings, prior) : settings.iterations();
    }

    /** @throws IllegalArgumentException naming the problem when the run would not fit in this JVM's memory */
    private static String describe(TrainingBudget.ProblemSize size, FitSettings settings, int iterations, int planes) {
        TrainingBudget budget = TrainingBudget.of(size, settings.toBuilder().iterations(iterations).build());
        budget.requireWithin(TrainingBudget.MemoryLimits.ofThisJvm());
        return "estimate: about " + TrainingBudget.duration(budget.seconds() * planes) + " and "
                + TrainingBudget.size(budget.totalBytes()) + " on this machine (network only)";
    }
}
