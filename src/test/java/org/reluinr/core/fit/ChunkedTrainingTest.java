package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.ParameterTensor;

/** A step over chunks of rows equals the full-batch step up to float rounding. */
class ChunkedTrainingTest {

    @ParameterizedTest
    @ValueSource(strings = {"bw_relu", "relu_pe"})
    void chunkedStepEqualsFullBatchStep(String activation) {
        FitSettings s = FitSettings.builder().activation(activation).width(24).hiddenLayers(2).c(3).learningRate(1e-2)
                .iterations(5).build();
        TrainingStep full = new TrainingStep(TestProblems.superResolution(10), s, 400);
        TrainingStep chunked = new TrainingStep(TestProblems.superResolution(10), s, 37);
        assertTrue(chunked.plan().endsWith("in 11 chunks of 37 points"), chunked.plan());
        assertTrue(!full.plan().contains("chunks"), full.plan());
        for (int t = 0; t < 5; t++) {
            double a = full.evaluate();
            double b = chunked.evaluate();
            assertEquals(a, b, 1e-6 * a, "loss at step " + t);
            full.update(t);
            chunked.update(t);
            List<ParameterTensor> pf = full.parameters();
            List<ParameterTensor> pc = chunked.parameters();
            for (int k = 0; k < pf.size(); k++) {
                float[] gf = pf.get(k).gradient();
                float[] gc = pc.get(k).gradient();
                double scale = 0;
                double diff = 0;
                for (int i = 0; i < gf.length; i++) {
                    scale = Math.max(scale, Math.abs(gf[i]));
                    diff = Math.max(diff, Math.abs(gf[i] - gc[i]));
                }
                assertTrue(diff <= 1e-4 * scale + 1e-9, pf.get(k).name() + " gradient differs by " + diff + " of " + scale);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void rowsPerChunkKeepTheBuffersWithinTheBudget() {
        MlpSpec spec = new MlpSpec(2, 256, 3, 1, new org.reluinr.core.nn.BwRelu(9f));
        assertEquals(65536, TrainingStep.chunkRows(spec, 65536), "256² fits in one chunk");
        int rows = TrainingStep.chunkRows(spec, 2048 * 2048);
        assertTrue(rows < 2048 * 2048 && rows * spec.bytesPerRow() <= TrainingStep.BUFFER_BUDGET_BYTES, "rows " + rows);
        assertTrue((rows + 1) * spec.bytesPerRow() > TrainingStep.BUFFER_BUDGET_BYTES);
    }
}
