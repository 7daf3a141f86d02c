package org.reluinr.core.metrics;

/**
 * Structural similarity as skimage's default structural_similarity(a, b, data_range=1):
 * 7×7 uniform windows, sample (co)variances (normalised by 48), K1 = 0.01, K2 = 0.03,
 * averaged over the windows that lie entirely inside the image. Local sums come from
 * summed-area tables in double precision.
 */
public final class Ssim {

    private static final int WINDOW = 7;
    private static final double C1 = 0.01 * 0.01;
    private static final double C2 = 0.03 * 0.03;

    private Ssim() {
    }

    /** SSIM of one plane of width × height values. */
    public static double of(float[] reference, float[] test, int width, int height) {
        if (width < WINDOW || height < WINDOW) {
            throw new IllegalArgumentException("SSIM needs at least " + WINDOW + "×" + WINDOW + " pixels, got " + width + "×"
                    + height);
        }
        if (reference.length != width * height || test.length != width * height) {
            throw new IllegalArgumentException("SSIM: both images must have width × height values");
        }
        double[] sx = summedArea(reference, reference, width, height, false);
        double[] sy = summedArea(test, test, width, height, false);
        double[] sxx = summedArea(reference, reference, width, height, true);
        double[] syy = summedArea(test, test, width, height, true);
        double[] sxy = summedArea(reference, test, width, height, true);
        int np = WINDOW * WINDOW;
        double covNorm = np / (np - 1.0);
        double total = 0;
        int count = 0;
        for (int y0 = 0; y0 + WINDOW <= height; y0++) {
            for (int x0 = 0; x0 + WINDOW <= width; x0++) {
                double ux = box(sx, width, x0, y0) / np;
                double uy = box(sy, width, x0, y0) / np;
                double vx = covNorm * (box(sxx, width, x0, y0) / np - ux * ux);
                double vy = covNorm * (box(syy, width, x0, y0) / np - uy * uy);
                double vxy = covNorm * (box(sxy, width, x0, y0) / np - ux * uy);
                double a = (2 * ux * uy + C1) * (2 * vxy + C2);
                double b = (ux * ux + uy * uy + C1) * (vx + vy + C2);
                total += a / b;
                count++;
            }
        }
        return total / count;
    }

    /** Summed-area table with a zero first row and column; products of a and b when asked. */
    private static double[] summedArea(float[] a, float[] b, int width, int height, boolean product) {
        int w1 = width + 1;
        double[] s = new double[w1 * (height + 1)];
        for (int y = 0; y < height; y++) {
            double row = 0;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                row += product ? (double) a[i] * b[i] : a[i];
                s[(y + 1) * w1 + x + 1] = s[y * w1 + x + 1] + row;
            }
        }
        return s;
    }

    private static double box(double[] s, int width, int x0, int y0) {
        int w1 = width + 1;
        int x1 = x0 + WINDOW;
        int y1 = y0 + WINDOW;
        return s[y1 * w1 + x1] - s[y0 * w1 + x1] - s[y1 * w1 + x0] + s[y0 * w1 + x0];
    }
}
