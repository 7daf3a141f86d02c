package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.EllipsoidPhantom;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.io.ModelFile;
import org.reluinr.core.model.VoxelSize;

/** A z-stack fitted as one 3D INR, rendered back at other z-spacings, and the held-out-slice study. */
class VolumeFitTest {

    private static final FitSettings SETTINGS = FitSettings.builder().width(32).hiddenLayers(2).iterations(40).build();

    @TempDir
    Path tmp;

    private static FloatImage volume(int w, int h, int d) {
        float[] v = new float[w * h * d];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[(z * h + y) * w + x] = (float) (Math.sin(0.5 * x) * Math.cos(0.4 * y) + 0.3 * z);
                }
            }
        }
        return new FloatImage(w, h, d, 1, v);
    }

    @Test
    void volumeModelReproducesTheFitAndRendersBetweenSlices() throws Exception {
        VoxelSize voxel = new VoxelSize(new double[] {0.2, 0.2, 0.6}, "µm");
        TaskResult fit = RepresentationTask.run(volume(9, 8, 5), voxel, SETTINGS, ProgressListener.NONE,
                new Cancellation());
        InrModel model = fit.model();
        assertEquals(3, model.dimensions());
        assertArrayEquals(new double[] {1, 1, 4 * 0.6 / (8 * 0.2)}, model.grid().extents(), 1e-12);

        Path file = tmp.resolve("volume.inr");
        ModelFile.write(file, model, fit.metrics());
        InrModel loaded = ModelFile.read(file).model();
        assertEquals(voxel, loaded.voxelSize());
        assertArrayEquals(model.grid().extents(), loaded.grid().extents(), 0.0);
        assertArrayEquals(fit.reconstruction().data(), loaded.render(9, 8, 5).data());

        // Twice the z density: every second slice is a fitted slice; the voxel depth halves.
        int[] dense = {9, 8, 9};
        FloatImage twice = loaded.render(dense, loaded.fullExtent());
        for (int z = 0; z < 5; z++) {
            for (int i = 0; i < 72; i++) {
                assertEquals(fit.reconstruction().data()[z * 72 + i], twice.data()[2 * z * 72 + i], 1e-4);
            }
        }
        assertEquals(0.3, loaded.renderedVoxelSize(dense, loaded.fullExtent()).size(2), 1e-12);
    }

    @Test
    void heldOutSlicesOfAVolumeLinearInZAreInterpolatedExactly() {
        FitSettings settings = SETTINGS.toBuilder().width(64).c(2).iterations(200).build();
        List<SliceHoldout.Prediction> predictions = SliceHoldout.run(volume(16, 16, 7), new VoxelSize(
                new double[] {1, 1, 1}, "pixel"), settings, true, what -> ProgressListener.NONE, new Cancellation());
        assertEquals(List.of("inr_3d", "inr_2d_per_slice_linear_z", "linear_z"),
                predictions.stream().map(SliceHoldout.Prediction::method).toList());
        for (SliceHoldout.Prediction p : predictions) {
            assertEquals(3, p.slices().depth(), p.method() + " predicts slices 1, 3, 5");
        }
        assertTrue(predictions.get(0).message().startsWith("completed 200 iterations"), predictions.get(0).message());
        // The test volume is linear in z, so the mean of the neighbours is the held-out slice.
        assertTrue(predictions.get(2).quality().psnr() > 90, "linear: " + predictions.get(2).quality());
        // The 3D INR of the four even slices predicts the others at 27.4 dB with these settings.
        assertTrue(predictions.get(0).quality().psnr() > 24, "3D INR: " + predictions.get(0).quality());
    }

    /** A smooth volume of {@code d} slices, curved along z, so that linear interpolation along z is not exact. */
    private static FloatImage curved(int w, int h, int d, double zScale) {
        float[] v = new float[w * h * d];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[(z * h + y) * w + x] = (float) (Math.sin(0.4 * x) * Math.cos(0.3 * y)
                            + Math.sin(zScale * z));
                }
            }
        }
        return new FloatImage(w, h, d, 1, v);
    }

    /** The default fit of a truth's even slices and a fit at c = 9, each scored on the odd slices. */
    private record BetweenSlices(TaskResult auto, double autoPsnr, double ninePsnr, double linearPsnr) {
        @Override
        public String toString() {
            return String.format("default %.2f dB (%s), c = 9 %.2f dB, linear interpolation %.2f dB", autoPsnr,
                    auto.fit().message(), ninePsnr, linearPsnr);
        }
    }

    private static BetweenSlices betweenSlices(FloatImage truth, FitSettings settings) {
        int depth = truth.depth();
        FloatImage input = truth.slices(SliceHoldout.training(depth));
        FloatImage between = truth.slices(SliceHoldout.heldOut(depth));
        FitSettings auto = settings.toBuilder().tvWeight(FitSettings.AUTO).build();
        TaskResult chosen = RepresentationTask.run(input, auto, ProgressListener.NONE, new Cancellation());
        TaskResult atNine = RepresentationTask.run(input, auto.toBuilder().tvWeight(0).build(), ProgressListener.NONE,
                new Cancellation());
        int held = between.depth();
        assertArrayEquals(chosen.reconstruction().data(), chosen.model().render(input.spatialSizes()).data(), 1e-5f,
                "the result is the model on the voxel grid");
        return new BetweenSlices(chosen, GroundTruthQuality.of(between, SliceHoldout.between(chosen.model(), held)).psnr(),
                GroundTruthQuality.of(between, SliceHoldout.between(atNine.model(), held)).psnr(),
                GroundTruthQuality.of(between, SliceHoldout.midpoints(input)).psnr());
    }

    @Test
    void aVolumeWhoseShapesChangeBetweenSlicesChoosesASmallCByItsHeldOutSlices() {
        // The truth has twice the slices: the input is its even ones, the odd ones score the model between them.
        BetweenSlices phantom = betweenSlices(EllipsoidPhantom.sheppLogan(16, 16, 17), SETTINGS.toBuilder().iterations(150).build());
        String message = phantom.auto().fit().message();
        assertTrue(message.matches("completed 150 iterations; c = 1 chosen by the volume's even slices predicting its"
                + " odd ones \\(errors: c 1 \\S+, c 2 \\S+, c 3 \\S+, c 5 \\S+, c 9 \\S+, linear interpolation"
                + " along z \\S+\\); linear interpolation expected \\S+ at the volume's own spacing .*"), message);
        assertEquals("network", phantom.auto().extras().get("better_between_slices"));
        assertEquals(1.0, phantom.auto().model().settings().c(), "the model renders with the chosen c");
        // measured: 14.5 dB between the slices, linear interpolation 13.8, c = 9 12.2
        assertTrue(phantom.autoPsnr() > phantom.linearPsnr() + 0.3 && phantom.autoPsnr() > phantom.ninePsnr() + 1.5,
                phantom.toString());
    }

    @Test
    void aSmoothlyChangingVolumeIsToldThatLinearInterpolationPredictsItsSlicesBetter() {
        BetweenSlices smooth = betweenSlices(curved(16, 16, 17, 0.35),
                SETTINGS.toBuilder().width(128).iterations(300).build());
        String message = smooth.auto().fit().message();
        assertTrue(message.endsWith("; between the slices, linear interpolation of the stack is expected to predict"
                + " better than this model"), message);
        assertEquals("linear interpolation", smooth.auto().extras().get("better_between_slices"));
        // At twice the spacing c = 1 predicted better than interpolation (0.00174 against 0.00198); at the
        // volume's own, interpolation is far better (38.9 dB against the model's 30.2): the warning is right.
        assertTrue(smooth.linearPsnr() > smooth.autoPsnr() + 5, smooth.toString());
        // measured: c = 9 alone gives 6.6 dB
        assertTrue(smooth.autoPsnr() > smooth.ninePsnr() + 15, smooth.toString());
    }

    @Test
    void aVolumeCancelledWhileChoosingCKeepsTheBestCandidateRenderedAtEverySlice() {
        FloatImage input = curved(16, 16, 8, 0.7);
        FitSettings auto = SETTINGS.toBuilder().tvWeight(FitSettings.AUTO).iterations(30).build();
        Cancellation cancellation = new Cancellation();
        // the choice's iterations count on across its fits: 45 is in the second, at c = 2
        TaskResult result = RepresentationTask.run(input, auto, p -> {
            if (p.iteration() >= 45) {
                cancellation.cancel();
            }
        }, cancellation);
        assertEquals(FitStatus.CANCELLED, result.fit().status());
        Matcher best = Pattern.compile("cancelled while choosing c: the result is the 3D INR of the even slices at"
                + " c = ([12]), the best so far, rendered at every slice").matcher(result.fit().message());
        assertTrue(best.matches(), "c = 1 or 2, the fits so far: " + result.fit().message());
        assertEquals(Double.parseDouble(best.group(1)), result.model().settings().c());
        assertArrayEquals(input.spatialSizes(), result.reconstruction().spatialSizes());
    }
}
