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
    void superResolutionCountsTheHighResolutionGridAndEveryGuidedPhase() {
        FitSettings guided = SuperResolutionTask.defaults();
        FitSettings plain = guided.toBuilder().tvWeight(0).build();
        double perIteration = TrainingBudget.of(new TrainingBudget.ProblemSize(new CoordinateGrid(256, 256), 1,
                64 * 64, 16), plain).secondsPerIteration();
        String expected = TrainingBudget.duration(perIteration * GuidedReconstruction.plannedIterations(guided, false));
        assertTrue(RunEstimate.superResolution(64, 64, 1, 1, 4, guided).startsWith("estimate: about " + expected + " "),
                RunEstimate.superResolution(64, 64, 1, 1, 4, guided) + " vs " + expected);
        assertTrue(RunEstimate.superResolution(64, 64, 1, 1, 4, plain).startsWith("estimate: about "
                + TrainingBudget.duration(perIteration * plain.iterations()) + " "));
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
    void aRunTooLargeForMemoryIsRefusedBeforeItStarts() {
        FitSettings huge = FIT.toBuilder().width(200_000).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunEstimate.ct(128, 45, 1, huge));
        assertTrue(e.getMessage().contains("lower width"), e.getMessage());
    }
}
