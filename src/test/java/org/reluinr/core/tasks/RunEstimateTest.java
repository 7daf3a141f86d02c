package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.TrainingBudget;
import org.reluinr.core.grid.CoordinateGrid;

class RunEstimateTest {

    private static final FitSettings FIT = FitSettings.builder().width(300).hiddenLayers(3).iterations(300).build();

    @Test
    void fitOfThePapersSizeTakesItsMeasuredTime() {
        // 300 iterations at 0.26 s (README, Performance): 78 s
        assertEquals("estimate: about 78 s and 641 MB on this machine (network only)",
                RunEstimate.fit(256, 256, 1, 1, FIT));
        assertTrue(RunEstimate.fit(256, 256, 1, 3, FIT).startsWith("estimate: about 4 min and 641 MB"),
                "three planes, three times the time, one plane's memory at a time");
    }

    @Test
    void superResolutionCountsTheHighResolutionGridAndTheCopysOwnBatches() {
        FitSettings guided = SuperResolutionTask.defaults();
        FitSettings plain = guided.toBuilder().tvWeight(0).build();
        CoordinateGrid grid = new CoordinateGrid(256, 256);
        // the copy of the start: a pass of 4,096-pixel steps per iteration over the 256² grid
        double copy = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, 1, 256 * 256, 1), plain.toBuilder()
                .batchSize(GuidedReconstruction.COPY_BATCH).iterations(330).build()).seconds();
        double fullBatchCopy = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, 1, 256 * 256, 1),
                plain.toBuilder().iterations(330).build()).seconds();
        assertTrue(copy > 1.2 * fullBatchCopy, "each pass runs the forward pass over the grid, then every batch's");
        assertEquals(330, GuidedReconstruction.plannedIterations(guided, false), "150 + 180 passes");
        assertTrue(RunEstimate.superResolution(64, 64, 1, 1, 4, guided).startsWith("estimate: about "
                + TrainingBudget.duration(copy) + " "), RunEstimate.superResolution(64, 64, 1, 1, 4, guided));
        double perIteration = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, 1, 64 * 64, 16), plain)
                .secondsPerIteration();
        assertTrue(RunEstimate.superResolution(64, 64, 1, 1, 4, plain).startsWith("estimate: about "
                + TrainingBudget.duration(perIteration * plain.iterations()) + " "));
    }

    @Test
    void ctAddsTheCopiesToTheTrainingOnTheSinogram() {
        FitSettings guided = CtTask.defaults();
        CoordinateGrid grid = new CoordinateGrid(128, 128);
        double copies = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, 1, 128 * 128, 1), guided.toBuilder()
                .tvWeight(0).batchSize(GuidedReconstruction.COPY_BATCH).iterations(330 + 400).build()).seconds();
        double onSinogram = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, 1, 128 * 45, 0), guided.toBuilder()
                .iterations(2 * guided.iterations()).build()).seconds();
        assertEquals(330 + 400 + 2 * guided.iterations(), GuidedReconstruction.plannedIterations(guided, true),
                "warm start, re-anchoring, validation and refining");
        assertTrue(RunEstimate.ct(128, 45, 1, guided).startsWith("estimate: about "
                + TrainingBudget.duration(copies + onSinogram) + " "), RunEstimate.ct(128, 45, 1, guided));
    }

    @Test
    void theDefaultFitCountsTheHalfPixelGridAndEveryStage() {
        FitSettings guided = RepresentationTask.defaults();
        double perIteration = TrainingBudget.of(new TrainingBudget.ProblemSize(CoordinateGrid.halfPixel(128, 128), 1,
                257 * 257, 1), FitSettings.builder().build()).secondsPerIteration();
        String expected = TrainingBudget.duration(perIteration * HalfPixelFit.plannedIterations(guided));
        assertEquals(700, HalfPixelFit.plannedIterations(guided), "300, then 200 and 200 to polish");
        assertTrue(RunEstimate.fit(128, 128, 1, 1, guided).startsWith("estimate: about " + expected + " "),
                RunEstimate.fit(128, 128, 1, 1, guided) + " vs " + expected);
        FitSettings encoded = guided.toBuilder().activation("relu_pe").build();
        assertEquals(RunEstimate.fit(128, 128, 1, 1, encoded.toBuilder().tvWeight(0).build()),
                RunEstimate.fit(128, 128, 1, 1, encoded), "relu_pe is fitted to the pixels only");
    }

    @Test
    void aVolumeIsOneNetworkOverAllItsVoxelsAfterTheFitsThatChooseC() {
        FitSettings defaults = RepresentationTask.defaults();
        double voxels = TrainingBudget.of(new TrainingBudget.ProblemSize(new CoordinateGrid(64, 64, 32), 1,
                64 * 64 * 32, 1), defaults).seconds();
        // tv_weight auto first fits the 16 even slices at each of c = 1, 2, 3, 5, 9
        double choice = TrainingBudget.of(new TrainingBudget.ProblemSize(new CoordinateGrid(64, 64, 16), 1,
                64 * 64 * 16, 1), defaults.toBuilder().iterations(5 * defaults.iterations()).build()).seconds();
        String volume = RunEstimate.fitVolume(64, 64, 32, 1, defaults);
        assertTrue(volume.startsWith("estimate: about " + TrainingBudget.duration(voxels + choice) + " "), volume);
        String fixedC = RunEstimate.fitVolume(64, 64, 32, 1, defaults.toBuilder().tvWeight(0).build());
        assertTrue(fixedC.startsWith("estimate: about " + TrainingBudget.duration(voxels) + " "), fixedC);
        assertTrue(!volume.equals(RunEstimate.fit(64, 64, 1, 32, defaults)),
                "not 32 planes on their half-pixel grids: " + volume);
    }

    @Test
    void aRunTooLargeForMemoryIsRefusedBeforeItStarts() {
        FitSettings huge = FIT.toBuilder().width(200_000).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunEstimate.ct(128, 45, 1, huge));
        assertTrue(e.getMessage().contains("lower width"), e.getMessage());
    }
}
