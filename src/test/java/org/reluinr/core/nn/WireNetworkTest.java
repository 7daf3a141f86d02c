package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The real network that runs WIRE computes WIRE's complex network: evaluated here with
 * complex arithmetic in double precision straight from the trainable tensors (real first
 * layer, complex hidden weights A + iB with complex bias, real part of a complex output
 * layer).
 */
class WireNetworkTest {

    private static final double OMEGA0 = 4;
    private static final double SIGMA0 = 1.5;

    @Test
    void realNetworkMatchesComplexArithmetic() {
        MlpSpec spec = new MlpSpec(2, 8, 3, 2, new Wire(OMEGA0, SIGMA0));
        int units = 5; // ⌊8/√2⌋
        assertEquals(2 * units, spec.deviceWidth());
        int points = 7;
        Mlp mlp = new Mlp(spec, points, 11);
        List<ParameterTensor> p = mlp.parameters();
        assertEquals(spec.parameterCount(), p.stream().mapToLong(ParameterTensor::size).sum());

        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[points * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        mlp.forward(x, points);
        float[] out = new float[points * 2];
        mlp.readOutput(out, 0, points);

        for (int q = 0; q < points; q++) {
            double[] re = new double[units];
            double[] im = new double[units];
            float[] w0 = p.get(0).values();
            float[] b0 = p.get(1).values();
            for (int k = 0; k < units; k++) {
                double u = w0[2 * k] * x[2 * q] + w0[2 * k + 1] * x[2 * q + 1] + b0[k];
                double[] g = gabor(u, 0);
                re[k] = g[0];
                im[k] = g[1];
            }
            for (int l = 1; l < 3; l++) {
                float[] w = p.get(2 * l).values();
                float[] b = p.get(2 * l + 1).values();
                double[] nextRe = new double[units];
                double[] nextIm = new double[units];
                for (int k = 0; k < units; k++) {
                    double u = b[2 * k];
                    double v = b[2 * k + 1];
                    for (int j = 0; j < units; j++) {
                        double a = w[k * units + j];
                        double bb = w[units * units + k * units + j];
                        u += a * re[j] - bb * im[j];
                        v += bb * re[j] + a * im[j];
                    }
                    double[] g = gabor(u, v);
                    nextRe[k] = g[0];
                    nextIm[k] = g[1];
                }
                re = nextRe;
                im = nextIm;
            }
            float[] w = p.get(6).values();
            float[] b = p.get(7).values();
            for (int ch = 0; ch < 2; ch++) {
                double y = b[ch];
                for (int j = 0; j < units; j++) {
                    y += w[ch * units + j] * re[j] - w[2 * units + ch * units + j] * im[j];
                }
                assertEquals(y, out[ch * points + q], 1e-5 * Math.max(1, Math.abs(y)), "point " + q + " channel " + ch);
            }
        }
    }

    /** exp(iω₀z − |σ₀z|²) for z = u + iv, as (re, im). */
    private static double[] gabor(double u, double v) {
        double envelope = Math.exp(-OMEGA0 * v - SIGMA0 * SIGMA0 * (u * u + v * v));
        return new double[] {envelope * Math.cos(OMEGA0 * u), envelope * Math.sin(OMEGA0 * u)};
    }
}
