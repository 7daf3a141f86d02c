package org.reluinr.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.VoxelSize;

/**
 * How well a method predicts slices it never saw: the even z-slices of a volume are the
 * training data (their spacing is twice the voxel depth), the odd slices between them are
 * held out and predicted by (1) one 3D INR of the even slices, rendered half-way between
 * them; (2) a 2D INR of each even slice, interpolated linearly along z; (3) linear
 * interpolation of the even slices themselves. Quality is measured on the held-out slices
 * against the truth, on the truth's range.
 */
public final class SliceHoldout {

    /**
     * One method's predicted held-out slices and their quality.
     *
     * @param message how its fit ended (the 3D INR's tells the c it chose), empty for interpolation
     */
    public record Prediction(String method, FloatImage slices, ImageQuality quality, String message) {
    }

    private SliceHoldout() {
    }

    /** The held-out slices: the odd ones that have an even neighbour on both sides. */
    static int[] heldOut(int depth) {
        int[] zs = new int[(depth - 1) / 2];
        for (int k = 0; k < zs.length; k++) {
            zs[k] = 2 * k + 1;
        }
        return zs;
    }

    /** The training slices: the even ones. */
    static int[] training(int depth) {
        int[] zs = new int[(depth + 1) / 2];
        for (int k = 0; k < zs.length; k++) {
            zs[k] = 2 * k;
        }
        return zs;
    }

    /**
     * @param perSlice whether to run the per-slice 2D fits (one fit per training slice)
     * @param progress the listener of each fit, by a description of the fit
     */
    public static List<Prediction> run(FloatImage volume, VoxelSize voxelSize, FitSettings settings, boolean perSlice,
            Function<String, ProgressListener> progress, Cancellation cancellation) {
        if (volume.depth() < 3) {
            throw new IllegalArgumentException("holding out every second slice needs at least 3 z-slices, got "
                    + volume.depth());
        }
        int[] held = heldOut(volume.depth());
        FloatImage truth = volume.slices(held);
        FloatImage train = volume.slices(training(volume.depth()));
        List<Prediction> predictions = new ArrayList<>();

        TaskResult fit3d = RepresentationTask.run(train, trainingVoxelSize(voxelSize), settings,
                progress.apply("3D INR of " + train.depth() + " slices"), cancellation);
        FloatImage between = between(fit3d.model(), held.length);
        predictions.add(new Prediction("inr_3d", between, GroundTruthQuality.of(truth, between),
                fit3d.fit().message()));

        if (perSlice) {
            // a slice's own fit only has to reproduce its pixels: what happens between slices is linear
            FitSettings onPixels = settings.tvWeightAuto() ? settings.toBuilder().tvWeight(0).build() : settings;
            FloatImage[] fitted = new FloatImage[train.depth()];
            for (int k = 0; k < train.depth() && !cancellation.isRequested(); k++) {
                fitted[k] = RepresentationTask.run(train.slices(k), onPixels,
                        progress.apply("2D INR of slice " + 2 * k), cancellation).reconstruction();
            }
            if (!cancellation.isRequested()) {
                FloatImage interpolated = midpoints(stack(fitted));
                predictions.add(new Prediction("inr_2d_per_slice_linear_z", interpolated,
                        GroundTruthQuality.of(truth, interpolated), ""));
            }
        }
        FloatImage linear = midpoints(train);
        predictions.add(new Prediction("linear_z", linear, GroundTruthQuality.of(truth, linear), ""));
        return predictions;
    }

    /** The training slices' voxel size: twice as deep. */
    static VoxelSize trainingVoxelSize(VoxelSize voxelSize) {
        double[] sparse = voxelSize.sizes();
        sparse[2] *= 2;
        return new VoxelSize(sparse, voxelSize.unit());
    }

    /** A model of training slices rendered half-way between each pair of consecutive ones. */
    static FloatImage between(InrModel model, int count) {
        int[] sizes = model.gridSizes();
        return model.render(new int[] {sizes[0], sizes[1], count},
                new double[][] {{0, sizes[0] - 1}, {0, sizes[1] - 1}, {0.5, count - 0.5}});
    }

    /** The mean of each pair of consecutive slices. */
    static FloatImage midpoints(FloatImage slices) {
        int plane = slices.width() * slices.height();
        int d = slices.depth() - 1;
        float[] out = new float[slices.channels() * d * plane];
        float[] in = slices.data();
        for (int ch = 0; ch < slices.channels(); ch++) {
            for (int k = 0; k < d; k++) {
                int a = (ch * slices.depth() + k) * plane;
                int o = (ch * d + k) * plane;
                for (int i = 0; i < plane; i++) {
                    out[o + i] = 0.5f * (in[a + i] + in[a + plane + i]);
                }
            }
        }
        return new FloatImage(slices.width(), slices.height(), d, slices.channels(), out);
    }

    /** Single-slice images stacked along z. */
    private static FloatImage stack(FloatImage[] slices) {
        FloatImage first = slices[0];
        int plane = first.width() * first.height();
        float[] out = new float[first.channels() * slices.length * plane];
        for (int k = 0; k < slices.length; k++) {
            for (int ch = 0; ch < first.channels(); ch++) {
                System.arraycopy(slices[k].data(), ch * plane, out, (ch * slices.length + k) * plane, plane);
            }
        }
        return new FloatImage(first.width(), first.height(), slices.length, first.channels(), out);
    }
}
