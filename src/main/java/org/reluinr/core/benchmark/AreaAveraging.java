package org.reluinr.core.benchmark;

/**
 * Resizing by area averaging: each output pixel is the mean of the input over its footprint,
 * input pixels cut by the footprint's edge counting with the covered fraction. It is
 * anti-aliased for any ratio (a box prefilter), and an exact block average for integer ones.
 */
final class AreaAveraging {

    private AreaAveraging() {
    }

    static float[] resize(float[] image, int width, int height, int newWidth, int newHeight) {
        double[][] wx = weights(width, newWidth);
        double[][] wy = weights(height, newHeight);
        double[] rows = new double[height * newWidth];
        for (int y = 0; y < height; y++) {
            for (int i = 0; i < newWidth; i++) {
                double s = 0;
                for (int x = 0; x < width; x++) {
                    s += wx[i][x] * image[y * width + x];
                }
                rows[y * newWidth + i] = s;
            }
        }
        float[] out = new float[newWidth * newHeight];
        for (int j = 0; j < newHeight; j++) {
            for (int i = 0; i < newWidth; i++) {
                double s = 0;
                for (int y = 0; y < height; y++) {
                    s += wy[j][y] * rows[y * newWidth + i];
                }
                out[j * newWidth + i] = (float) s;
            }
        }
        return out;
    }

    /** weights[i][x]: the share of input pixel x in output pixel i (each row sums to 1). */
    private static double[][] weights(int from, int to) {
        double step = (double) from / to;
        double[][] w = new double[to][from];
        for (int i = 0; i < to; i++) {
            double a = i * step;
            double b = (i + 1) * step;
            for (int x = (int) Math.floor(a); x < Math.min(from, Math.ceil(b)); x++) {
                w[i][x] = (Math.min(b, x + 1) - Math.max(a, x)) / step;
            }
        }
        return w;
    }
}
