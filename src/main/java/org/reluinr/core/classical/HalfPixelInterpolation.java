package org.reluinr.core.classical;

import org.reluinr.core.image.FloatImage;

/**
 * Point-sample interpolation of a w × h plane half-way between its samples. Separable, with the
 * kernel's weights at offset ½. Past the edge the samples are extended linearly
 * (v₋₁ = 2v₀ − v₁), so positions up to half a pixel beyond the last sample are extrapolated and
 * linear ramps stay exact. Two grids:
 * <ul>
 * <li>{@link #halfPixelGrid}: positions −½, 0, ½, …, w − ½ on each axis ((2w + 1) × (2h + 1)
 * values, sample i at index 2i + 1), the whole area the pixels cover;</li>
 * <li>{@link #upsample}: positions 0, ½, …, w − ½ (2w × 2h, sample i at index 2i), the "render
 * at 2×" geometry of the benchmark.</li>
 * </ul>
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

    /** The (2w + 1) × (2h + 1) values of one plane at positions −½, 0, ½, …, w − ½ (and so on y). */
    public float[] halfPixelGrid(float[] plane, int w, int h) {
        Vectors.requireLength(plane, w * h, "the plane");
        int fineWidth = 2 * w + 1;
        float[] wide = new float[fineWidth * h];
        float[] line = new float[w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(plane, y * w, line, 0, w);
            System.arraycopy(line(line), 0, wide, y * fineWidth, fineWidth);
        }
        float[] out = new float[fineWidth * (2 * h + 1)];
        float[] column = new float[h];
        for (int x = 0; x < fineWidth; x++) {
            for (int y = 0; y < h; y++) {
                column[y] = wide[y * fineWidth + x];
            }
            float[] up = line(column);
            for (int y = 0; y < up.length; y++) {
                out[y * fineWidth + x] = up[y];
            }
        }
        return out;
    }

    /** The 2w × 2h image at positions 0, ½, …, w − ½: the half-pixel grid without its first row and column. */
    public FloatImage upsample(FloatImage image) {
        if (image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("half-pixel interpolation takes a grayscale plane");
        }
        int w = image.width();
        int h = image.height();
        float[] grid = halfPixelGrid(image.data(), w, h);
        float[] out = new float[4 * w * h];
        for (int y = 0; y < 2 * h; y++) {
            System.arraycopy(grid, (y + 1) * (2 * w + 1) + 1, out, y * 2 * w, 2 * w);
        }
        return new FloatImage(2 * w, 2 * h, 1, 1, out);
    }

    /** Values at −½, 0, ½, …, n − ½: sample k at index 2k + 1, position k − ½ at index 2k. */
    private float[] line(float[] v) {
        int n = v.length;
        float[] out = new float[2 * n + 1];
        for (int k = 0; k <= n; k++) {
            if (k < n) {
                out[2 * k + 1] = v[k];
            }
            double s = 0;
            for (int t = 0; t < weights.length; t++) {
                s += weights[t] * extended(v, k - 1 + firstTap + t);
            }
            out[2 * k] = (float) s;
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
