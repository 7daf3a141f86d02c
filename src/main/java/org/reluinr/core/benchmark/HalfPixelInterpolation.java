package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/**
 * Point-sample interpolation of a w × h image onto the 2w × 2h grid of {@link EvenPixels}:
 * full-grid pixel k sits at source position k / 2, so even pixels copy a sample and odd ones
 * lie half-way between two. Separable, with the kernel's weights at offset ½. Past the edge
 * the samples are extended linearly (v₋₁ = 2v₀ − v₁), so the last odd row and column, which
 * lie half a pixel beyond the last sample, are extrapolated and linear ramps stay exact.
 */
public enum HalfPixelInterpolation {

    /** Linear interpolation between the two neighbours. */
    BILINEAR(0, 0.5, 0.5),
    /** Keys' cubic convolution with a = −0.5 (Catmull–Rom; ImageJ's bicubic kernel) at t = ½. */
    BICUBIC(-1, -1 / 16.0, 9 / 16.0, 9 / 16.0, -1 / 16.0);

    private final int firstTap;
    private final double[] weights;

    HalfPixelInterpolation(int firstTap, double... weights) {
        this.firstTap = firstTap;
        this.weights = weights;
    }

    public FloatImage upsample(FloatImage image) {
        if (image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("half-pixel interpolation takes a grayscale plane");
        }
        int w = image.width();
        int h = image.height();
        float[] wide = new float[2 * w * h];
        float[] line = new float[w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image.data(), y * w, line, 0, w);
            float[] up = line(line);
            System.arraycopy(up, 0, wide, y * 2 * w, 2 * w);
        }
        float[] out = new float[4 * w * h];
        float[] column = new float[h];
        for (int x = 0; x < 2 * w; x++) {
            for (int y = 0; y < h; y++) {
                column[y] = wide[y * 2 * w + x];
            }
            float[] up = line(column);
            for (int y = 0; y < 2 * h; y++) {
                out[y * 2 * w + x] = up[y];
            }
        }
        return new FloatImage(2 * w, 2 * h, 1, 1, out);
    }

    private float[] line(float[] v) {
        int n = v.length;
        float[] out = new float[2 * n];
        for (int k = 0; k < n; k++) {
            out[2 * k] = v[k];
            double s = 0;
            for (int t = 0; t < weights.length; t++) {
                s += weights[t] * extended(v, k + firstTap + t);
            }
            out[2 * k + 1] = (float) s;
        }
        return out;
    }

    private static double extended(float[] v, int i) {
        int n = v.length;
        if (i >= 0 && i < n) {
            return v[i];
        }
        if (n == 1) {
            return v[0];
        }
        return i < 0 ? v[0] + (double) i * (v[1] - v[0]) : v[n - 1] + (double) (i - n + 1) * (v[n - 1] - v[n - 2]);
    }
}
