package org.reluinr.core.classical;

/**
 * Separable upsampling of a width × height image by linear or cubic-convolution
 * interpolation (Keys 1981, a = −0.5), sample indices clamped at the borders. Two
 * alignments of the coarse samples on the fine grid:
 * <ul>
 * <li>{@link #blockCentred}: coarse pixel i is the mean of fine pixels s·i … s·i + s − 1, so it
 * sits at fine coordinate s·i + (s − 1)/2 (the super-resolution model);</li>
 * <li>{@link #pointSampled}: coarse sample i is fine pixel s·i (a subsampled grid, "render at
 * 2×"); the fine size is given, so an odd or even axis both work, and fine pixels beyond the
 * last sample are extrapolated from clamped samples.</li>
 * </ul>
 */
public final class Interpolation {

    public enum Kernel {
        LINEAR(1), CUBIC(2);

        private final int radius;

        Kernel(int radius) {
            this.radius = radius;
        }

        double weight(double t) {
            double d = Math.abs(t);
            if (this == LINEAR) {
                return d < 1 ? 1 - d : 0;
            }
            double a = -0.5;
            if (d <= 1) {
                return ((a + 2) * d - (a + 3)) * d * d + 1;
            }
            return d < 2 ? ((a * d - 5 * a) * d + 8 * a) * d - 4 * a : 0;
        }
    }

    private Interpolation() {
    }

    /** The (s·width) × (s·height) image whose pixel blocks are centred on the coarse pixels. */
    public static float[] blockCentred(float[] image, int width, int height, int scale, Kernel kernel) {
        double offset = (scale - 1) / 2.0;
        return resample(image, width, height, scale * width, scale * height, scale, offset, kernel);
    }

    /** The fineWidth × fineHeight image of which {@code image} holds every {@code step}-th pixel from 0. */
    public static float[] pointSampled(float[] image, int width, int height, int step, int fineWidth, int fineHeight,
            Kernel kernel) {
        if ((fineWidth + step - 1) / step != width || (fineHeight + step - 1) / step != height) {
            throw new IllegalArgumentException("a " + fineWidth + "×" + fineHeight + " grid sampled every " + step
                    + " pixels has ⌈size/" + step + "⌉ samples per axis, not " + width + "×" + height);
        }
        return resample(image, width, height, fineWidth, fineHeight, step, 0, kernel);
    }

    /** Fine pixel X reads coarse coordinate (X − offset) / scale on each axis. */
    private static float[] resample(float[] image, int width, int height, int outWidth, int outHeight, int scale,
            double offset, Kernel kernel) {
        Vectors.requireLength(image, width * height, "the image");
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be a positive integer, got " + scale);
        }
        Taps tx = new Taps(width, outWidth, scale, offset, kernel);
        Taps ty = new Taps(height, outHeight, scale, offset, kernel);
        float[] rows = new float[outWidth * height];
        for (int j = 0; j < height; j++) {
            for (int x = 0; x < outWidth; x++) {
                rows[j * outWidth + x] = (float) tx.sum(image, j * width, 1, x);
            }
        }
        float[] out = new float[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                out[y * outWidth + x] = (float) ty.sum(rows, x, outWidth, y);
            }
        }
        return out;
    }

    /** For each fine position on one axis, the clamped coarse indices it reads and their weights. */
    private static final class Taps {

        private final int taps;
        private final int[] index;
        private final double[] weight;

        Taps(int coarse, int fine, int scale, double offset, Kernel kernel) {
            taps = 2 * kernel.radius;
            index = new int[fine * taps];
            weight = new double[fine * taps];
            for (int x = 0; x < fine; x++) {
                double u = (x - offset) / scale;
                int first = (int) Math.floor(u) - kernel.radius + 1;
                for (int k = 0; k < taps; k++) {
                    int i = first + k;
                    index[x * taps + k] = Math.max(0, Math.min(coarse - 1, i));
                    weight[x * taps + k] = kernel.weight(u - i);
                }
            }
        }

        /** Σ_k weight · values[start + stride · index] for fine position x. */
        double sum(float[] values, int start, int stride, int x) {
            double s = 0;
            for (int k = 0; k < taps; k++) {
                s += weight[x * taps + k] * values[start + stride * index[x * taps + k]];
            }
            return s;
        }
    }
}
