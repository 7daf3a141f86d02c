package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.TrainingStep;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.RenderRequest;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.core.nn.MlpSpec;

/** Renders on the positions a fit constrained pass silently; renders between or beyond them are warned about. */
class FittedPositionsTest {

    private static final int SIDE = 16;

    /** A model of a SIDE-pixel square (its weights do not matter here). */
    private static InrModel model(String task, FitSettings settings, int... sizes) {
        CoordinateGrid grid = new CoordinateGrid(sizes);
        List<MlpSpec.Tensor> tensors = TrainingStep.networkSpec(grid, 1, settings).tensors();
        float[][] parameters = new float[tensors.size()][];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = new float[tensors.get(i).size()];
        }
        return new InrModel(task, settings, grid, VoxelSize.pixels(sizes.length),
                new IntensityRange(new float[] {0}, new float[] {1}), parameters);
    }

    private static Optional<String> warning(InrModel model, int width, String region) {
        int[] requested = new int[3];
        requested[0] = width;
        requested[1] = width;
        return FittedPositions.offGridWarning(model, RenderRequest.of(model, requested, region, false));
    }

    @Test
    void theDefaultFitIsConstrainedEveryHalfPixelFromMinusAHalfToTheLastPixelPlusAHalf() {
        InrModel guided = model(RepresentationTask.NAME, RepresentationTask.defaults(), SIDE, SIDE);
        assertEquals(0.5, FittedPositions.spacing(guided));
        assertFalse(warning(guided, SIDE, null).isPresent(), "the training grid");
        assertFalse(warning(guided, 2 * SIDE - 1, null).isPresent(), "pixels and half-way points");
        assertFalse(warning(guided, 2 * SIDE, "0,0,15.5,15.5").isPresent(), "the benchmark's render at 2×");
        assertFalse(warning(guided, 2 * SIDE + 1, "-0.5,-0.5,15.5,15.5").isPresent(), "the whole half-pixel grid");

        String quarter = warning(guided, 4 * SIDE - 3, null).orElseThrow();
        assertTrue(quarter.startsWith("along x, y this render samples the model between"), quarter);
        assertTrue(quarter.contains("c = 9 "), quarter);
        assertTrue(quarter.contains("render 31 × 31 over the whole image"), quarter);
        assertTrue(warning(guided, 2 * SIDE, null).isPresent(), "2w points over [0, w − 1] fall between the half-way"
                + " points");
        assertTrue(warning(guided, 2 * SIDE + 1, "-1,-1,15,15").isPresent(), "beyond the half-pixel grid");
        assertEquals("along y", warning(guided, 0, "0,0.25,15,15.25").orElseThrow().substring(0, 7),
                "only y is shifted off the grid");
    }

    @Test
    void otherFitsAreConstrainedAtTheirPixelsOnly() {
        InrModel pixelsOnly = model(RepresentationTask.NAME, RepresentationTask.defaults().toBuilder().tvWeight(0)
                .build(), SIDE, SIDE);
        InrModel superResolved = model(SuperResolutionTask.NAME, SuperResolutionTask.defaults(), SIDE, SIDE);
        for (InrModel m : List.of(pixelsOnly, superResolved)) {
            assertEquals(1, FittedPositions.spacing(m));
            assertFalse(warning(m, SIDE, null).isPresent());
            assertFalse(warning(m, SIDE / 2, "0,0,14,14").isPresent(), "every other pixel");
            String half = warning(m, 2 * SIDE - 1, null).orElseThrow();
            assertTrue(half.contains("(its pixels)") && half.contains("render 16 × 16"), half);
        }
    }

    @Test
    void aSmallCRendersAnywhereWithoutAWarning() {
        FitSettings smooth = RepresentationTask.defaults().toBuilder().c(RepresentationTask.SMOOTH_C).build();
        assertFalse(warning(model(RepresentationTask.NAME, smooth, SIDE, SIDE), 4 * SIDE - 3, null).isPresent());
        FitSettings rougher = smooth.toBuilder().c(RepresentationTask.SMOOTH_C + 1).build();
        assertTrue(warning(model(RepresentationTask.NAME, rougher, SIDE, SIDE), 4 * SIDE - 3, null).isPresent());
    }

    @Test
    void aVolumeRenderedBetweenItsSlicesIsWarnedAboutAlongZ() {
        InrModel volume = model(RepresentationTask.NAME, RepresentationTask.defaults(), 8, 8, 4);
        assertEquals(1, FittedPositions.spacing(volume), "volumes are fitted at their voxels");
        RenderRequest between = RenderRequest.of(volume, new int[] {0, 0, 7}, null, false);
        assertTrue(FittedPositions.offGridWarning(volume, between).orElseThrow().startsWith("along z "));
        RenderRequest slices = RenderRequest.of(volume, new int[] {0, 0, 0}, null, false);
        assertFalse(FittedPositions.offGridWarning(volume, slices).isPresent());
    }
}
