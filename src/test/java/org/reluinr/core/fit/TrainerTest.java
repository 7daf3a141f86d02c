package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.operators.IdentityOperator;
import org.reluinr.core.operators.LinearOperator;

class TrainerTest {

    private static final int SIZE = 24;

    private static float[] pattern() {
        float[] v = new float[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                v[y * SIZE + x] = (float) (0.5 + 0.4 * Math.sin(0.5 * x) * Math.cos(0.3 * y));
            }
        }
        return v;
    }

    private static FitProblem problem(LinearOperator operator) {
        float[] target = pattern();
        return new FitProblem(new CoordinateGrid(SIZE, SIZE), 1, operator, target, target);
    }

    private static FitSettings settings(int iterations, long seed) {
        return FitSettings.builder().width(32).hiddenLayers(2).c(3).learningRate(3e-3).iterations(iterations).seed(seed)
                .build();
    }

    @Test
    void sameSeedGivesIdenticalWeightsAndResult() {
        FitResult a = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(20, 5), ProgressListener.NONE,
                new Cancellation());
        FitResult b = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(20, 5), ProgressListener.NONE,
                new Cancellation());
        FitResult other = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(20, 6), ProgressListener.NONE,
                new Cancellation());
        for (int t = 0; t < a.parameters().length; t++) {
            assertArrayEquals(a.parameters()[t], b.parameters()[t]);
        }
        assertArrayEquals(a.reconstruction(), b.reconstruction());
        assertArrayEquals(a.lossHistory(), b.lossHistory());
        assertFalse(Arrays.equals(a.parameters()[0], other.parameters()[0]), "another seed, other weights");
    }

    @Test
    void lossDecreasesAndResultIsTheBestNetwork() {
        FitResult r = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(60, 0), ProgressListener.NONE,
                new Cancellation());
        assertEquals(FitStatus.COMPLETED, r.status());
        assertEquals(60, r.iterations());
        assertTrue(r.lossHistory()[59] < 0.5 * r.lossHistory()[0], "loss fell from " + r.lossHistory()[0] + " to "
                + r.lossHistory()[59]);
        double mse = Psnr.meanSquaredError(pattern(), r.reconstruction());
        assertEquals(r.bestLoss(), mse, 1e-6 * Math.max(mse, 1e-12), "returned image is the one whose loss is reported");
        for (double loss : r.lossHistory()) {
            assertTrue(r.bestLoss() <= loss);
        }
    }

    @Test
    void offersTheOutputWhoseLossItReportsOnTheGridItFits() {
        float[] target = pattern();
        double[] lastLoss = new double[1];
        int[] offers = new int[1];
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onProgress(Progress progress) {
                lastLoss[0] = progress.loss();
            }

            @Override
            public void onOutput(int[] gridSizes, Supplier<float[]> output) {
                assertArrayEquals(new int[] {SIZE, SIZE}, gridSizes);
                offers[0]++;
                if (offers[0] % 4 == 0) {
                    float[] current = output.get();
                    assertEquals(lastLoss[0], Psnr.meanSquaredError(target, current), 1e-6 * lastLoss[0]);
                }
            }
        };
        Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(12, 0), listener, new Cancellation());
        assertEquals(12, offers[0], "one offer per iteration");
    }

    @Test
    void bestIterationCountsTheIterationsBehindTheKeptNetwork() {
        FitResult r = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(60, 0), ProgressListener.NONE,
                new Cancellation());
        // The loss still falls at the end, so the network after the last iteration is kept.
        assertEquals(60, r.bestIteration(), "0 is the initialisation, 60 the network after iteration 60");
        assertTrue(r.bestIteration() <= r.iterations());
    }

    @Test
    void stoppingAtTheStopLossCountsTheIterationsThatGotThere() {
        FitSettings s = settings(500, 0).toBuilder().stopLoss(2e-3).build();
        FitResult r = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), s, ProgressListener.NONE,
                new Cancellation());
        assertEquals(FitStatus.REACHED_STOP_LOSS, r.status());
        assertEquals(r.iterations(), r.bestIteration(), "the network that reached stop_loss is the one kept");
        assertTrue(r.message().endsWith("after " + r.iterations() + " iterations"), r.message());
        assertTrue(r.lossHistory()[r.bestIteration()] <= 2e-3, "loss_history[i] is the loss after i iterations");
    }

    @Test
    void learnCTrainsTheScaleWithTheWeights() {
        FitSettings s = settings(40, 0).toBuilder().learnC(true).build();
        FitResult r = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), s, ProgressListener.NONE,
                new Cancellation());
        float[][] p = r.parameters();
        assertEquals(7, p.length, "three layers' weights and biases, then c");
        assertEquals(1, p[6].length);
        assertTrue(Math.abs(p[6][0] - 3f) > 1e-4, "c moved from 3 to " + p[6][0]);
        assertTrue(r.lossHistory()[39] < r.lossHistory()[0]);
    }

    @Test
    void cancelStopsAtOnceAndKeepsTheBestSoFar() {
        Cancellation cancel = new Cancellation();
        int[] seen = {0};
        FitResult r = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)), settings(500, 0), p -> {
            seen[0] = p.iteration();
            if (p.iteration() == 7) {
                cancel.cancel();
            }
        }, cancel);
        assertEquals(FitStatus.CANCELLED, r.status());
        assertEquals(7, r.iterations());
        assertEquals(7, seen[0]);
        assertTrue(r.message().contains("cancelled"));
        double best = Arrays.stream(r.lossHistory()).min().orElseThrow();
        assertEquals(best, r.bestLoss(), 0.0);
        assertEquals(best, Psnr.meanSquaredError(pattern(), r.reconstruction()), 1e-6 * best);
    }

    @Test
    void interruptingTheThreadCancels() throws InterruptedException {
        FitResult[] result = new FitResult[1];
        Thread worker = new Thread(() -> result[0] = Trainer.fit(problem(new IdentityOperator(SIZE * SIZE)),
                settings(100_000, 0), p -> {
                    if (p.iteration() == 3) {
                        Thread.currentThread().interrupt();
                    }
                }, new Cancellation()));
        worker.start();
        worker.join(60_000);
        assertFalse(worker.isAlive());
        assertEquals(FitStatus.CANCELLED, result[0].status());
        assertEquals(3, result[0].iterations());
    }

    @Test
    void nonFiniteLossStopsWithTheBestResultSoFar() {
        // An operator whose measurements turn non-finite after a few iterations stands in for a diverging run.
        LinearOperator failing = new LinearOperator() {
            private int calls;

            @Override
            public int domainSize() {
                return SIZE * SIZE;
            }

            @Override
            public int rangeSize() {
                return SIZE * SIZE;
            }

            @Override
            public void apply(float[] x, float[] y) {
                System.arraycopy(x, 0, y, 0, x.length);
                if (++calls > 5) {
                    y[0] = Float.NaN;
                }
            }

            @Override
            public void adjoint(float[] y, float[] x) {
                System.arraycopy(y, 0, x, 0, y.length);
            }
        };
        FitResult r = Trainer.fit(problem(failing), settings(50, 0), ProgressListener.NONE, new Cancellation());
        assertEquals(FitStatus.DIVERGED, r.status());
        assertEquals(5, r.iterations());
        assertTrue(r.message().contains("diverged at iteration 6"), r.message());
        assertTrue(Double.isFinite(r.bestLoss()));
        for (float v : r.reconstruction()) {
            assertTrue(Float.isFinite(v));
        }
    }
}
