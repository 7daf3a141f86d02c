package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BwReluTest {

    /** The definition: (1/6)[σ(x) − 8σ(x−½) + 23σ(x−1) − 32σ(x−3/2) + 23σ(x−2) − 8σ(x−5/2) + σ(x−3)]. */
    private static double sevenRelus(double x) {
        double[] coefficients = {1, -8, 23, -32, 23, -8, 1};
        double sum = 0;
        for (int k = 0; k < 7; k++) {
            sum += coefficients[k] * Math.max(x - 0.5 * k, 0);
        }
        return sum / 6;
    }

    @Test
    void psiEqualsTheSevenReluSum() {
        for (double x = -2; x <= 5; x += 1.0 / 64) {
            assertEquals(sevenRelus(x), BwRelu.psi((float) x), 1e-6, "ψ(" + x + ")");
        }
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            float x = (float) random.nextDouble(-1, 4);
            assertEquals(sevenRelus(x), BwRelu.psi(x), 1e-6, "ψ(" + x + ")");
        }
    }

    @Test
    void psiIsZeroOutsideItsSupport() {
        for (float x : new float[] {-1e6f, -3f, -1e-3f, 0f, 3f, 3.001f, 10f, 1e6f}) {
            assertEquals(0f, BwRelu.psi(x), 0f, "ψ(" + x + ")");
            assertEquals(0f, BwRelu.psiDerivative(x), 0f, "ψ'(" + x + ")");
        }
        assertEquals(5.0 / 6.0, BwRelu.psi(1.5f), 1e-7, "peak at 3/2");
    }

    @Test
    void derivativeMatchesFiniteDifferencesAwayFromKnots() {
        double h = 1e-4;
        for (double x = -0.9; x < 3.9; x += 0.01) {
            double nearestKnot = Math.rint(2 * x) / 2;
            if (Math.abs(x - nearestKnot) < 2 * h) {
                continue;
            }
            double fd = (sevenRelus(x + h) - sevenRelus(x - h)) / (2 * h);
            assertEquals(fd, BwRelu.psiDerivative((float) x), 1e-5, "ψ'(" + x + ")");
        }
    }

    @Test
    void fusedForwardAndBackwardApplyScaleAndBias() {
        float c = 2.5f;
        BwRelu act = new BwRelu(c);
        SplittableRandom random = new SplittableRandom(2);
        int n = 1000;
        float[] z = new float[n];
        float[] b = new float[n];
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) random.nextDouble(-1, 2);
            b[i] = (float) random.nextDouble(-0.5, 0.5);
            g[i] = (float) random.nextDouble(-1, 1);
        }
        float[] a = new float[n];
        float[] grad = g.clone();
        act.forward(z, b, a, n);
        act.backward(z, b, grad, n);
        for (int i = 0; i < n; i++) {
            float x = c * (z[i] + b[i]);
            assertEquals(BwRelu.psi(x), a[i], 0f);
            assertEquals(g[i] * c * BwRelu.psiDerivative(x), grad[i], 1e-6f);
        }
    }
}
