package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return warning(model, Map.of(), width, region);
    }

    private static Optional<String> warning(InrModel model, Map<String, Object> metrics, int width, String region) {
        int[] requested = new int[3];
        requested[0] = width;
        requested[1] = width;
        return FittedPositions.offGridWarning(model, metrics, RenderRequest.of(model, requested, region, false));
    }

    /** A fit's metrics with its check between the grid points. */
    private static Map<String, Object> checked(double betweenGridError) {
        Map<String, Object> metrics = new HashMap<>();
        new BetweenGridCheck.Finding(betweenGridError, 0.01, "bicubic").record(metrics);
        return metrics;
    }

    @Test
    void aDefaultFitWhoseOwnCheckFoundItSmoothRendersAnywhereInsideItsArea() {
        InrModel guided = model(RepresentationTask.NAME, RepresentationTask.defaults(), SIDE, SIDE);
        Map<String, Object> smooth = checked(0.002);
        assertFalse(warning(guided, smooth, 4 * SIDE - 3, null).isPresent(), "a quarter pixel apart");
        assertFalse(warning(guided, smooth, 100, "-0.5,-0.5,15.5,15.5").isPresent(), "the whole area");
        String beyond = warning(guided, smooth, 2 * SIDE + 1, "-1,-1,15,15").orElseThrow();
        assertTrue(beyond.startsWith("along x, y this render reaches beyond the area the fit constrained"), beyond);

        String rough = warning(guided, checked(0.05), 4 * SIDE - 3, null).orElseThrow();
        assertTrue(rough.contains("this model's own check after fitting: at 4 random positions per pixel between the"
                + " grid points the model differs from bicubic interpolation by 0.0500 (mean squared), against that"
                + " interpolation's own estimated error 0.0100: off the half-pixel grid it renders worse than bicubic"
                + " interpolation)"), rough);
        assertTrue(rough.contains("render 31 × 31 over the whole image"), rough);
        assertTrue(warning(model(RepresentationTask.NAME, RepresentationTask.defaults().toBuilder().tvWeight(0)
                .build(), SIDE, SIDE), smooth, 2 * SIDE - 1, null).isPresent(), "a pixel-only fit has no such check");
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
        assertTrue(FittedPositions.offGridWarning(volume, Map.of(), between).orElseThrow().startsWith("along z "));
        RenderRequest slices = RenderRequest.of(volume, new int[] {0, 0, 0}, null, false);
        assertFalse(FittedPositions.offGridWarning(volume, Map.of(), slices).isPresent());
    }
}
