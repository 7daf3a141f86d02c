package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PathNormTest {

    @Test
    void oneHiddenLayerByHand() {
        MlpSpec spec = new MlpSpec(2, 2, 1, 1, new BwRelu(3f));
        float[][] p = {
            {3, 4, 0, 1}, // hidden weights: neuron 0 = (3, 4), neuron 1 = (0, 1)
            {9, 9}, // biases do not count
            {2, -5}, // output weights of neurons 0 and 1
            {7}};
        // 3 · (‖(3,4)‖ · |2| + ‖(0,1)‖ · |−5|) = 3 · (5·2 + 1·5) = 45
        assertEquals(45.0, PathNorm.of(spec, p), 1e-12);
    }

    @Test
    void withLinearLayersRescalingADeepNeuronChangesNeitherOutputNorPathNorm() {
        MlpSpec spec = new MlpSpec(2, 5, 3, 1, new Relu(), true);
        Mlp mlp = new Mlp(spec, 6, 12);
        float[] x = randomPoints(5);
        float[] before = outputs(mlp, x);
        double normBefore = PathNorm.of(mlp);

        // block 2 = layers 2 (activated) and 3 (linear): neuron 1's row and bias × a, its column of layer 3 × 1/a
        float a = 0.3f;
        float[] w = mlp.parameters().get(4).values();
        for (int j = 0; j < 5; j++) {
            w[5 + j] *= a;
        }
        mlp.parameters().get(5).values()[1] *= a;
        float[] next = mlp.parameters().get(6).values();
        for (int o = 0; o < 5; o++) {
            next[o * 5 + 1] /= a;
        }
        assertArrayEquals(before, outputs(mlp, x), 1e-5f);
        assertEquals(normBefore, PathNorm.of(mlp), 1e-5 * normBefore);
    }

    @Test
    void reluRescalingChangesNeitherOutputNorPathNorm() {
        MlpSpec spec = new MlpSpec(2, 5, 1, 1, new Relu());
        Mlp mlp = new Mlp(spec, 6, 11);
        float[] x = randomPoints(4);
        float[] before = outputs(mlp, x);
        double normBefore = PathNorm.of(mlp);

        // hidden neuron 3: input weights and bias × a, output weight × 1/a
        float a = 3.7f;
        float[] w = mlp.parameters().get(0).values();
        for (int j = 0; j < 2; j++) {
            w[3 * 2 + j] *= a;
        }
        mlp.parameters().get(1).values()[3] *= a;
        mlp.parameters().get(2).values()[3] /= a;

        assertArrayEquals(before, outputs(mlp, x), 1e-5f);
        assertEquals(normBefore, PathNorm.of(mlp), 1e-5 * normBefore);
    }

    /** Six random 2D points. */
    private static float[] randomPoints(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        return x;
    }

    private static float[] outputs(Mlp mlp, float[] x) {
        float[] out = new float[6];
        mlp.forward(x, 6);
        mlp.readOutput(out, 0, 6);
        return out;
    }
}
