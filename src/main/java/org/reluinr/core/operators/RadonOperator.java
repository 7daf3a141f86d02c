package org.reluinr.core.operators;

import org.reluinr.core.parallel.RowParallel;

/**
 * Parallel-beam Radon transform of an n × n image, with the discrete geometry of
 * scikit-image's {@code radon(image, theta, circle=True)}: for each angle θ the image is
 * rotated about pixel (n//2, n//2) with bilinear interpolation (zero outside) and summed
 * along columns. The sinogram has one row per angle and one column per detector bin.
 *
 * <p>Detector bin x of angle θ sums, over rows y, the image sampled at
 * (col, row) = (cos θ (x − c) + sin θ (y − c) + c, −sin θ (x − c) + cos θ (y − c) + c).
 * {@link #adjoint} is the exact transpose of that sum of bilinear weights (back-projection).
 * Both run in parallel over angles.
 */
public final class RadonOperator implements LinearOperator {

    private final int n;
    private final double[] cos;
    private final double[] sin;

    public RadonOperator(int n, double[] anglesDegrees) {
        if (n < 2) {
            throw new IllegalArgumentException("the image must be at least 2×2 pixels");
        }
        if (anglesDegrees.length < 1) {
            throw new IllegalArgumentException("at least one projection angle is needed");
        }
        this.n = n;
        this.cos = new double[anglesDegrees.length];
        this.sin = new double[anglesDegrees.length];
        for (int i = 0; i < anglesDegrees.length; i++) {
            double t = Math.toRadians(anglesDegrees[i]);
            cos[i] = Math.cos(t);
            sin[i] = Math.sin(t);
        }
    }

    public int size() {
        return n;
    }

    public int angles() {
        return cos.length;
    }

    @Override
    public int domainSize() {
        return n * n;
    }

    @Override
    public int rangeSize() {
        return n * cos.length;
    }

    @Override
    public void apply(float[] image, float[] sinogram) {
        RowParallel.run(cos.length, (worker, from, to) -> {
            double[] sum = new double[1];
            Sample gather = (row, col, weight) -> sum[0] += weight * image[row * n + col];
            for (int a = from; a < to; a++) {
                for (int x = 0; x < n; x++) {
                    sum[0] = 0;
                    traceRay(a, x, gather);
                    sinogram[a * n + x] = (float) sum[0];
                }
            }
        });
    }

    @Override
    public void adjoint(float[] sinogram, float[] image) {
        double[][] partial = new double[RowParallel.workers()][];
        RowParallel.run(cos.length, (worker, from, to) -> {
            double[] acc = new double[n * n];
            float[] value = new float[1];
            Sample scatter = (row, col, weight) -> acc[row * n + col] += weight * value[0];
            for (int a = from; a < to; a++) {
                for (int x = 0; x < n; x++) {
                    value[0] = sinogram[a * n + x];
                    if (value[0] != 0f) {
                        traceRay(a, x, scatter);
                    }
                }
            }
            partial[worker] = acc;
        });
        for (int i = 0; i < n * n; i++) {
            double s = 0;
            for (double[] p : partial) {
                if (p != null) {
                    s += p[i];
                }
            }
            image[i] = (float) s;
        }
    }

    /** Receives one in-image pixel of a ray's bilinear samples and its weight. */
    private interface Sample {
        void at(int row, int col, double weight);
    }

    /**
     * Visits the pixels that detector bin x of angle a sums: for each row y of the rotated
     * image, the four neighbours of (col, row) with their bilinear weights, skipping pixels
     * outside the image (they count as zero).
     */
    private void traceRay(int a, int x, Sample sample) {
        int c = n / 2;
        for (int y = 0; y < n; y++) {
            double col = cos[a] * (x - c) + sin[a] * (y - c) + c;
            double row = -sin[a] * (x - c) + cos[a] * (y - c) + c;
            int c0 = (int) Math.floor(col);
            int r0 = (int) Math.floor(row);
            if (c0 < -1 || c0 >= n || r0 < -1 || r0 >= n) {
                continue;
            }
            double dc = col - c0;
            double dr = row - r0;
            visit(sample, r0, c0, (1 - dr) * (1 - dc));
            visit(sample, r0, c0 + 1, (1 - dr) * dc);
            visit(sample, r0 + 1, c0, dr * (1 - dc));
            visit(sample, r0 + 1, c0 + 1, dr * dc);
        }
    }

    private void visit(Sample sample, int row, int col, double weight) {
        if (row >= 0 && row < n && col >= 0 && col < n) {
            sample.at(row, col, weight);
        }
    }
}
