package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.nn.ParameterTensor;
import org.reluinr.core.operators.IdentityOperator;
import org.reluinr.core.operators.RadonOperator;

/**
 * Stochastic mini-batches (batch_size): a batch that holds every measurement takes the
 * full-batch step; smaller batches train, repeatably; operators without footprints refuse.
 */
class MiniBatchTest {

    private static FitProblem representation() {
        float[] y = new float[12 * 12 * 2];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.5 + 0.4 * Math.cos(0.3 * i));
        }
        return new FitProblem(new CoordinateGrid(12, 12), 2, new IdentityOperator(144), y, null);
    }

    private static FitSettings settings(int batchSize) {
        return FitSettings.builder().width(24).hiddenLayers(2).c(3).learningRate(1e-2).iterations(5)
                .batchSize(batchSize).build();
    }

    @Test
    void aBatchOfEveryMeasurementTakesTheFullBatchStep() {
        for (FitProblem problem : List.of(TestProblems.superResolution(8), representation())) {
            TrainingStep full = new TrainingStep(problem, settings(0));
            TrainingStep batch = new TrainingStep(problem, settings(1_000_000));
            assertTrue(batch.plan().contains("mini-batches of " + problem.operator().rangeSize()), batch.plan());
            for (int t = 0; t < 3; t++) {
                assertEquals(full.evaluate(), batch.evaluate(), 1e-6 * full.evaluate(), "loss at step " + t);
                full.update(t);
                batch.update(t);
                List<ParameterTensor> pf = full.parameters();
                List<ParameterTensor> pb = batch.parameters();
                for (int k = 0; k < pf.size(); k++) {
                    float[] gf = pf.get(k).gradient();
                    float[] gb = pb.get(k).gradient();
                    double scale = 0;
                    for (float g : gf) {
                        scale = Math.max(scale, Math.abs(g));
                    }
                    assertArrayEquals(gf, gb, (float) (1e-4 * scale + 1e-9), pf.get(k).name() + " at step " + t);
                }
            }
        }
    }

    @Test
    void aPassIsJudgedByTheLossItsBatchesMeasured() {
        for (FitProblem problem : List.of(TestProblems.superResolution(8), representation())) {
            // one batch: the pass measures the loss of the parameters it starts from
            TrainingStep whole = new TrainingStep(problem, settings(1_000_000));
            for (int t = 0; t < 3; t++) {
                double before = whole.evaluate();
                whole.update(t);
                assertEquals(before, whole.judge(), 1e-6 * before, "step " + t);
            }
            // several batches at a rate too small to move the network: the pass sums every measurement once
            TrainingStep batches = new TrainingStep(problem, settings(3).toBuilder().learningRate(1e-9).build());
            double before = batches.evaluate();
            batches.update(0);
            assertEquals(before, batches.judge(), 1e-5 * before, "several batches");
        }
    }

    @Test
    void smallBatchesTrainRepeatablyFromTheSeed() {
        FitSettings s = settings(10).toBuilder().iterations(20).build();
        TrainingStep a = new TrainingStep(representation(), s);
        TrainingStep b = new TrainingStep(representation(), s);
        double first = a.evaluate();
        b.evaluate();
        for (int t = 0; t < 20; t++) {
            a.update(t);
            b.update(t);
            a.evaluate();
            b.evaluate();
        }
        assertTrue(a.evaluate() < 0.5 * first, "20 epochs of 15 batches: loss " + first + " → " + a.evaluate());
        for (int k = 0; k < a.parameters().size(); k++) {
            assertArrayEquals(a.parameters().get(k).values(), b.parameters().get(k).values());
        }
    }

    @Test
    void ctRefusesMiniBatches() {
        RadonOperator radon = new RadonOperator(8, new double[] {0, 45, 90});
        FitProblem ct = new FitProblem(new CoordinateGrid(8, 8), 1, radon, new float[radon.rangeSize()], null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingStep(ct, settings(16)));
        assertTrue(e.getMessage().contains("batch_size applies to fit and superres"), e.getMessage());
    }
}
