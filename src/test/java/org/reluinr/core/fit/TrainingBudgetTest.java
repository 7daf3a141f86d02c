package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.nn.Mlp;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.ParameterTensor;
import org.reluinr.core.operators.IdentityOperator;

class TrainingBudgetTest {

    private static final long GB = 1_000_000_000L;
    /** A machine like the development one: 6 GB of heap, as much native memory. */
    private static final TrainingBudget.MemoryLimits SIX_GB = new TrainingBudget.MemoryLimits(6 * GB, 6 * GB, 12 * GB);

    private static TrainingBudget.ProblemSize image(int width, int height, int channels) {
        return new TrainingBudget.ProblemSize(new CoordinateGrid(width, height), channels, (long) width * height, 1);
    }

    private static FitSettings.Builder network(int width, int hiddenLayers) {
        return FitSettings.builder().width(width).hiddenLayers(hiddenLayers).iterations(1000);
    }

    @Test
    void parameterCountIsTheNetworksOwn() {
        List<FitSettings> cases = List.of(network(40, 3).build(), network(33, 2).activation("wire").build(),
                network(16, 2).linearLayers(true).learnC(true).build(), network(24, 1).activation("relu_pe").build(),
                network(20, 4).activation("siren").build());
        for (FitSettings settings : cases) {
            for (int channels : new int[] {1, 3}) {
                CoordinateGrid grid = new CoordinateGrid(12, 10);
                MlpSpec spec = TrainingStep.networkSpec(grid, channels, settings);
                long real = new Mlp(spec, 4, 0).parameters().stream().mapToLong(ParameterTensor::size).sum();
                TrainingBudget budget = TrainingBudget.of(new TrainingBudget.ProblemSize(grid, channels, 120, 1),
                        settings);
                assertEquals(real, budget.parameters(), settings + ", " + channels + " channels");
            }
        }
    }

    @Test
    void memoryFollowsTheNetworkAndTheImage() {
        TrainingBudget base = TrainingBudget.of(image(256, 256, 1), network(300, 3).build());
        TrainingBudget wider = TrainingBudget.of(image(256, 256, 1), network(600, 3).build());
        TrainingBudget larger = TrainingBudget.of(image(512, 512, 1), network(300, 3).build());
        TrainingBudget deeper = TrainingBudget.of(image(256, 256, 1), network(300, 6).build());
        MlpSpec spec = TrainingStep.networkSpec(new CoordinateGrid(256, 256), 1, network(300, 3).build());
        // The activation buffers of all 65,536 points (one chunk) and the device weights with their gradients.
        assertEquals(spec.bytesPerRow() * 65536 + 8 * spec.deviceWeightCount(), base.nativeBytes());
        assertTrue(base.heapBytes() >= 4 * 5 * base.parameters(), "values, gradients, Adam's moments, best copy");
        assertTrue(wider.nativeBytes() > 1.9 * base.nativeBytes() && wider.heapBytes() > base.heapBytes());
        // 512² points exceed the buffer budget: the activations of one chunk, and each chunk's forward pass again
        int rows = TrainingStep.chunkRows(spec, 512 * 512);
        assertTrue(rows < 512 * 512);
        assertEquals(spec.bytesPerRow() * rows + 8 * spec.deviceWeightCount(), larger.nativeBytes());
        assertEquals(4 * base.flopsPerIteration() * 8 / 6, larger.flopsPerIteration(), 0.01 * larger.flopsPerIteration());
        // each added point has at least an output, its gradient and the returned copy
        assertTrue(larger.heapBytes() - base.heapBytes() >= 3L * 4 * 3 * 65536, larger.heapBytes() + " " + base.heapBytes());
        assertTrue(deeper.parameters() > 1.9 * base.parameters() && deeper.nativeBytes() > base.nativeBytes());
        assertTrue(base.totalBytes() < GB, base.describe());
        base.requireWithin(SIX_GB);
    }

    @Test
    void timeComesFromTheGemmSizes() {
        TrainingBudget budget = TrainingBudget.of(image(256, 256, 1), network(300, 3).iterations(300).build());
        // forward 2·N·Σ(in·out), backward 4·N·Σ less the first layer's input gradient: ≈ 71 GFLOP
        assertEquals(71.05e9, budget.flopsPerIteration(), 0.01e9);
        assertEquals(0.26, budget.secondsPerIteration(), 0.01);
        assertEquals(300 * budget.secondsPerIteration(), budget.seconds(), 1e-9);
        assertTrue(budget.describe().contains("per iteration"), budget.describe());
    }

    @Test
    void width20000IsRefusedNamingTheNumbersAndTheFix() {
        TrainingBudget budget = TrainingBudget.of(image(256, 256, 1), network(20000, 3).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> budget.requireWithin(SIX_GB));
        assertTrue(e.getMessage().startsWith("width 20000 with 3 hidden layers (800,"), e.getMessage());
        assertTrue(e.getMessage().contains("GB of memory for training") && e.getMessage().contains("Java may use 6.0 GB")
                && e.getMessage().contains("lower width or hidden_layers"), e.getMessage());
    }

    @Test
    void width200000IsRefusedWithoutOverflowing() {
        TrainingBudget budget = TrainingBudget.of(image(256, 256, 1), network(200_000, 3).build());
        assertEquals(2L * 200_000 + 2L * 200_000 * 200_000 + 3 * 200_000 + 200_000 + 1, budget.parameters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> budget.requireWithin(TrainingBudget.MemoryLimits.ofThisJvm()));
        assertTrue(e.getMessage().startsWith("width 200000 with 3 hidden layers") && e.getMessage().contains("TB"),
                e.getMessage());
        // With memory to spare, no Java array holds a 200000 × 200000 matrix.
        TrainingBudget.MemoryLimits unlimited = new TrainingBudget.MemoryLimits(0, 0, 0);
        e = assertThrows(IllegalArgumentException.class, () -> budget.requireWithin(unlimited));
        assertTrue(e.getMessage().contains("more than one Java array holds"), e.getMessage());
    }

    @Test
    void absurdSizesAreRefusedNotOverflowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingBudget.of(image(8, 8, 1), network(Integer.MAX_VALUE, 10_000).build())
                        .requireWithin(SIX_GB));
        assertTrue(e.getMessage().contains("width " + Integer.MAX_VALUE), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainingBudget.of(image(8, 8, 1), network(4, Integer.MAX_VALUE).build()));
        assertTrue(e.getMessage().contains("hidden_layers"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingBudget.of(image(8, 8, 1),
                network(Integer.MAX_VALUE, 3).activation("wire").build()).requireWithin(SIX_GB));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
    }

    @Test
    void theTrainerRefusesBeforeAllocating() {
        float[] y = new float[64];
        FitProblem problem = new FitProblem(new CoordinateGrid(8, 8), 1, new IdentityOperator(64), y, null);
        long start = System.nanoTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainer.fit(problem,
                network(200_000, 3).build(), ProgressListener.NONE, new Cancellation()));
        assertTrue(e.getMessage().startsWith("width 200000"), e.getMessage());
        assertTrue(System.nanoTime() - start < 5e9, "refused at once");
        String[] plan = {null};
        Trainer.fit(problem, network(8, 1).iterations(1).build(), new ProgressListener() {
            @Override
            public void onProgress(Progress progress) {
            }

            @Override
            public void onStart(String text) {
                plan[0] = text;
            }
        }, new Cancellation());
        assertTrue(plan[0].contains("of memory") && plan[0].contains("per iteration"), plan[0]);
    }
}
