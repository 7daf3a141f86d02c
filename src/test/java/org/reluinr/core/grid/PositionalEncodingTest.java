package org.reluinr.core.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PositionalEncodingTest {

    @Test
    void encodesEachCoordinateWithSinesAndCosinesOfDoublingFrequency() {
        PositionalEncoding pe = new PositionalEncoding(2, 2);
        assertEquals(10, pe.outputs());
        float[] e = pe.encode(new float[] {0.25f, -0.5f}, 1);
        double a = Math.PI * 0.25;
        double b = -Math.PI * 0.5;
        assertArrayEquals(new float[] {0.25f, (float) Math.sin(a), (float) Math.cos(a), (float) Math.sin(2 * a),
            (float) Math.cos(2 * a), -0.5f, (float) Math.sin(b), (float) Math.cos(b), (float) Math.sin(2 * b),
            (float) Math.cos(2 * b)}, e, 1e-6f);
    }

    @Test
    void nyquistRuleKeepsTheHighestFrequencyBelowHalfTheSamplingRate() {
        for (int n : new int[] {3, 16, 64, 256, 257, 1000}) {
            int l = PositionalEncoding.forGrid(new CoordinateGrid(n, 2)).frequencies();
            double nyquist = (n - 1) / 4.0;
            assertEquals(true, Math.pow(2, l - 2) <= nyquist, n + ": highest frequency within Nyquist");
            assertEquals(true, Math.pow(2, l - 1) > nyquist, n + ": one more would exceed it");
        }
        assertEquals(7, PositionalEncoding.forGrid(new CoordinateGrid(256, 256)).frequencies());
    }
}
