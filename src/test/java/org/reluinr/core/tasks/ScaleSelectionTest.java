package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;

class ScaleSelectionTest {

    private static FloatImage pattern() {
        int n = 20;
        float[] v = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                v[y * n + x] = (float) (0.5 + 0.4 * Math.sin(0.4 * x) * Math.cos(0.25 * y));
            }
        }
        return new FloatImage(n, n, 1, 1, v);
    }

    private static final TaskRun FIT = (s, l, c) -> RepresentationTask.run(pattern(), s, l, c);

    private static FitSettings base(double stopLoss, int iterations) {
        return FitSettings.builder().width(48).hiddenLayers(2).learningRate(5e-3).iterations(iterations)
                .stopLoss(stopLoss).build();
    }

    @Test
    void choosesTheLowestPathNormAmongFitsThatReachedTheLoss() {
        ScaleSelection.Outcome outcome = ScaleSelection.run(FIT, new double[] {1, 3, 9}, base(2e-4, 400),
                ProgressListener.NONE, new Cancellation());
        assertEquals(3, outcome.candidates().size());
        ScaleSelection.Candidate chosen = outcome.chosen();
        assertTrue(chosen.reachedFit(), outcome.reason());
        for (ScaleSelection.Candidate k : outcome.candidates()) {
            assertEquals(k.c(), k.result().settings().c());
            if (k.reachedFit()) {
                assertTrue(k.result().fit().bestLoss() <= 2e-4);
                assertTrue(chosen.result().fit().pathNorm() <= k.result().fit().pathNorm());
            } else {
                assertEquals(400, k.result().fit().iterations());
            }
        }
        long reached = outcome.candidates().stream().filter(ScaleSelection.Candidate::reachedFit).count();
        assertTrue(reached >= 2, "the comparison needs at least two fits that reached the loss, got " + reached);
    }

    @Test
    void withoutAnyFitReachingTheLossTheLowestLossWins() {
        ScaleSelection.Outcome outcome = ScaleSelection.run(FIT, new double[] {1, 9}, base(1e-12, 5),
                ProgressListener.NONE, new Cancellation());
        assertFalse(outcome.chosen().reachedFit());
        assertTrue(outcome.reason().contains("no c reached stop_loss"));
        for (ScaleSelection.Candidate k : outcome.candidates()) {
            assertEquals(FitStatus.COMPLETED, k.result().fit().status());
            assertTrue(outcome.chosen().result().fit().bestLoss() <= k.result().fit().bestLoss());
        }
    }
}
