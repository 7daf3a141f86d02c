package org.reluinr.core.tasks;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitProblem;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.PhasedProgress;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.IdentityOperator;

/**
 * A volume fitted on its half-slice grid: to its voxels and, half-way between each pair of
 * slices, to their mean, so that the model renders between slices as linear interpolation
 * along z does. {@link SliceScaleChoice} takes it where linear interpolation is expected to
 * predict the volume's slices better than any 3D INR at a small c: a smooth motion such as a
 * drift, which interpolation follows and the network at a smooth c cannot resolve. It runs in
 * the stages and to the tolerance of {@link HalfPixelFit}.
 */
final class HalfSliceFit {

    private HalfSliceFit() {
    }

    /** The volume grid's z axis at half the spacing: slice k is point 2k, and the extents are the volume's. */
    static CoordinateGrid grid(CoordinateGrid volume) {
        int[] sizes = volume.sizes();
        return new CoordinateGrid(new int[] {sizes[0], sizes[1], 2 * sizes[2] - 1}, volume.extents());
    }

    /** The voxels, with the mean of each pair of consecutive slices between them. */
    static float[] guide(FloatImage volume) {
        FloatImage midpoints = SliceHoldout.midpoints(volume);
        int plane = volume.width() * volume.height();
        int d = volume.depth();
        int fine = 2 * d - 1;
        float[] out = new float[volume.channels() * fine * plane];
        for (int ch = 0; ch < volume.channels(); ch++) {
            for (int k = 0; k < fine; k++) {
                float[] from = k % 2 == 0 ? volume.data() : midpoints.data();
                int slice = k % 2 == 0 ? ch * d + k / 2 : ch * (d - 1) + k / 2;
                System.arraycopy(from, slice * plane, out, (ch * fine + k) * plane, plane);
            }
        }
        return out;
    }

    /**
     * @param volume on [0, 1], channel-planar
     * @param interpolationError linear interpolation's expected mean squared error between the slices
     * @param followed what the fit follows and why, for its message
     */
    static FitResult fit(FloatImage volume, CoordinateGrid volumeGrid, FitSettings settings,
            double interpolationError, String followed, PhasedProgress progress, Cancellation cancellation) {
        CoordinateGrid grid = grid(volumeGrid);
        float[] guide = guide(volume);
        FitProblem problem = new FitProblem(grid, volume.channels(), new IdentityOperator(grid.points()), guide,
                guide);
        double tolerance = HalfPixelFit.tolerance(interpolationError, settings);
        FitResult fit = GuidedReconstruction.imageFit(problem, settings, HalfPixelFit.stages(settings), null,
                tolerance, progress, cancellation);
        return HalfPixelFit.judged(fit, followed, "half-slice",
                settings, tolerance);
    }

    /**
     * The listener, shown a half-slice grid's output as the volume's slices (every other point
     * along z); other outputs as they are.
     */
    static ProgressListener onSlices(ProgressListener listener, FloatImage volume) {
        int fine = 2 * volume.depth() - 1;
        return listener.viewing((target, gridSizes, output) -> {
            if (gridSizes.length == 3 && gridSizes[2] == fine) {
                target.onOutput(volume.spatialSizes(), () -> slices(output.get(), volume));
            } else {
                target.onOutput(gridSizes, output);
            }
        });
    }

    private static float[] slices(float[] fine, FloatImage volume) {
        int plane = volume.width() * volume.height();
        int d = volume.depth();
        float[] out = new float[volume.channels() * d * plane];
        for (int ch = 0; ch < volume.channels(); ch++) {
            for (int z = 0; z < d; z++) {
                System.arraycopy(fine, (ch * (2 * d - 1) + 2 * z) * plane, out, (ch * d + z) * plane, plane);
            }
        }
        return out;
    }
}
