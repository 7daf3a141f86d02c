package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluinr.testing.Bf16Support;

/**
 * The bfloat16 networks against the float one with the same weights, on the gradient of a
 * squared error to a smooth target. The float gradients pass {@link MlpGradientTest}'s
 * finite-difference check; bfloat16 keeps 8 significant bits (relative rounding ≤ 2⁻⁸ ≈ 0.4%),
 * so the bf16 gradients must be close to the float ones at that level and must differ from
 * them (else bf16 was not used). bf16_backward computes the forward pass in float, so its
 * outputs are the float ones exactly; bf16's are rounded.
 */
class MixedPrecisionTest {

    private static final int POINTS = 5000;

    @ParameterizedTest
    @CsvSource({"bw_relu, 3, bf16_backward", "bw_relu, 3, bf16", "siren, 4, bf16_backward", "siren, 4, bf16",
        "wire, 3, bf16"})
    void outputsAndGradientsFollowTheFloatNetwork(String activation, int hiddenLayers, String precision) {
        Assumptions.assumeTrue(Bf16Support.onThisMachine(), "this CPU lacks AVX-512 BF16; Bf16PrecisionCliTest checks"
                + " the refusal");
        MlpSpec spec = new MlpSpec(2, 64, hiddenLayers, 2, Activations.create(activation, 3, 3, 2));
        Mlp exact = new Mlp(spec, POINTS, 7, Precision.FP32);
        Mlp mixed = new Mlp(spec, POINTS, 7, Precision.of(precision));
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[POINTS * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        float[] exactOut = forward(exact, x);
        float[] dOut = new float[exactOut.length];
        for (int ch = 0; ch < 2; ch++) {
            for (int p = 0; p < POINTS; p++) {
                double target = Math.sin(3 * x[2 * p] + ch) * Math.cos(2 * x[2 * p + 1]);
                dOut[ch * POINTS + p] = (float) ((exactOut[ch * POINTS + p] - target) / POINTS);
            }
        }
        exact.backward(dOut, 0, POINTS, false);
        float[] mixedOut = forward(mixed, x);
        mixed.backward(dOut, 0, POINTS, false);

        if (precision.equals("bf16_backward")) {
            assertArrayEquals(exactOut, mixedOut, "bf16_backward's forward pass is float");
        } else {
            double outputError = relativeError(exactOut, mixedOut);
            assertTrue(outputError > 0, "bf16 computed exactly the float outputs: bf16 was not used");
            assertTrue(outputError < 0.01, "outputs differ by " + outputError + " (relative RMS)");
        }
        List<ParameterTensor> e = exact.parameters();
        List<ParameterTensor> m = mixed.parameters();
        double worst = 0;
        for (int t = 0; t < e.size(); t++) {
            double error = relativeError(e.get(t).gradient(), m.get(t).gradient());
            worst = Math.max(worst, error);
            assertTrue(error < 0.05, e.get(t).name() + " gradient differs by " + error + " (relative RMS)");
        }
        assertTrue(worst > 0, "the gradients are exactly the float ones: bf16 was not used");
    }

    @ParameterizedTest
    @CsvSource({"1, false", "3, true"})
    void networksWithoutTwoActivatedLayersInARowStayInFloat(int hiddenLayers, boolean linearLayers) {
        MlpSpec spec = new MlpSpec(2, 16, hiddenLayers, 1, Activations.create("bw_relu", 3, 3, 2), linearLayers);
        float[] x = {0.1f, -0.4f, 0.7f, 0.2f};
        float[] dOut = {1, -1};
        Mlp exact = new Mlp(spec, 2, 1, Precision.FP32);
        Mlp mixed = new Mlp(spec, 2, 1, Precision.BF16);
        assertArrayEquals(forward(exact, x), forward(mixed, x));
        exact.backward(dOut, 0, 2, false);
        mixed.backward(dOut, 0, 2, false);
        for (int t = 0; t < exact.parameters().size(); t++) {
            assertArrayEquals(exact.parameters().get(t).gradient(), mixed.parameters().get(t).gradient());
        }
    }

    private static float[] forward(Mlp mlp, float[] x) {
        int points = x.length / mlp.spec().inputs();
        float[] out = new float[points * mlp.spec().outputs()];
        mlp.forward(x, points);
        mlp.readOutput(out, 0, points);
        return out;
    }

    private static double relativeError(float[] expected, float[] actual) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (double) (expected[i] - actual[i]) * (expected[i] - actual[i]);
            norm += (double) expected[i] * expected[i];
        }
        return Math.sqrt(diff / norm);
    }
}
