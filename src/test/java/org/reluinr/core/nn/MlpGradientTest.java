package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finite-difference check of every parameter tensor of a small network with each activation.
 *
 * <p>The engine computes in float32, so for the ReLU family the check is built on a
 * property of the network rather than on a small step: as a function of any single parameter the output is piecewise
 * linear (affine into the layer, then piecewise linear ψ), so the loss is piecewise
 * quadratic, and the central difference of a quadratic is exact for every step h. Where no
 * kink lies within ±h, D(h) and D(h/2) therefore agree up to float rounding and both equal
 * the true derivative. Where they differ by more than 0.1% a kink was crossed and the entry
 * is skipped; the test requires that at least 85% of entries are checked (about 92% are with
 * this seed). Rounding of the float outputs (~1e-7 relative, a loss change of ~1e-8) divided
 * by 2h = 2e-3 bounds the error of D at about 1e-5, hence the 1e-2 floor in the relative
 * error (an absolute error of 2e-5 passes for tiny gradients); a wrong gradient is off by
 * far more.
 * For the smooth activations D(h) and D(h/2) differ only by O(h²) and every entry is checked;
 * so it is for a learnable c, in which the loss is piecewise smooth rather than quadratic.
 */
class MlpGradientTest {

    private static final int POINTS = 9;
    private static final int INPUTS = 2;
    private static final int OUTPUTS = 2;
    private static final double H = 1e-3;

    @ParameterizedTest
    @CsvSource({"bw_relu, false, false", "relu, false, false", "siren, false, false", "gauss, false, false",
        "bw_relu, true, false", "bw_relu, false, true", "wire, false, false", "wire, true, false"})
    void everyParameterTensorMatchesFiniteDifferences(String activation, boolean linearLayers, boolean learnScale) {
        MlpSpec spec = new MlpSpec(INPUTS, 6, 2, OUTPUTS, Activations.create(activation, 3, 3, 2), linearLayers,
                learnScale);
        Mlp mlp = new Mlp(spec, POINTS, 7);
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[POINTS * INPUTS];
        float[] y = new float[POINTS * OUTPUTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextDouble(0, 1);
        }

        float[] out = new float[POINTS * OUTPUTS];
        float[] dOut = new float[POINTS * OUTPUTS];
        loss(mlp, x, y, out);
        for (int i = 0; i < out.length; i++) {
            dOut[i] = 2 * (out[i] - y[i]) / out.length;
        }
        mlp.backward(dOut, 0, POINTS, false);

        int checked = 0;
        int total = 0;
        boolean scaleChecked = false;
        double worst = 0;
        String worstAt = "";
        for (ParameterTensor p : mlp.parameters()) {
            float[] w = p.values();
            float[] analytic = p.gradient().clone();
            for (int i = 0; i < w.length; i++) {
                total++;
                float original = w[i];
                double dH = centralDifference(mlp, x, y, out, w, i, H);
                double dHalf = centralDifference(mlp, x, y, out, w, i, H / 2);
                w[i] = original;
                if (Math.abs(dH - dHalf) > 1e-3 * Math.max(Math.abs(dH), 1e-2)) {
                    continue;
                }
                checked++;
                scaleChecked |= p.name().equals("c");
                double error = Math.abs(analytic[i] - dH) / (Math.abs(dH) + 1e-2);
                if (error > worst) {
                    worst = error;
                    worstAt = p.name() + "[" + i + "]: analytic " + analytic[i] + ", finite difference " + dH;
                }
            }
        }
        assertTrue(checked >= 0.85 * total, "only " + checked + " of " + total + " entries free of kinks");
        assertTrue(worst < 2e-3, "largest relative gradient error " + worst + " at " + worstAt);
        assertTrue(scaleChecked == learnScale, "the learnable c is checked exactly when it exists");
    }

    private static double centralDifference(Mlp mlp, float[] x, float[] y, float[] out, float[] w, int i, double h) {
        float original = w[i];
        w[i] = (float) (original + h);
        double plus = loss(mlp, x, y, out);
        w[i] = (float) (original - h);
        double minus = loss(mlp, x, y, out);
        w[i] = original;
        double step = ((double) (float) (original + h) - (float) (original - h));
        return (plus - minus) / step;
    }

    private static double loss(Mlp mlp, float[] x, float[] y, float[] out) {
        mlp.forward(x, POINTS);
        mlp.readOutput(out, 0, POINTS);
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            double d = (double) out[i] - y[i];
            sum += d * d;
        }
        return sum / out.length;
    }
}
