package org.reluinr.core.fit;

import org.reluinr.core.grid.CoordinateGrid;

/**
 * An image prior on the network's output on the grid: λ · TV(f), the isotropic total
 * variation Σ √(|∇f|² + ε²) with forward differences (zero across the far borders), per
 * channel. Its weight λ is in the units of the classical problem ½‖A f − y‖² + λ TV(f), so
 * the weight a classical TV reconstruction chose for the same data means the same here;
 * since the trainer minimises the mean squared error over M measurements, the prior enters
 * the loss scaled by 2/M. ε keeps the gradient finite where the image is flat.
 */
final class TotalVariation {

    /** Smoothing of |∇f| in [0, 1] intensity units: well below one grey level of an 8-bit image. */
    static final double EPSILON = 1e-3;

    private final int[] sizes;
    private final int points;
    private final int channels;
    private final double scale;

    /**
     * @param weight λ of the classical problem
     * @param measurements M, the number of squared residuals the data loss averages
     */
    TotalVariation(CoordinateGrid grid, int channels, double weight, long measurements) {
        this.sizes = grid.sizes();
        this.points = grid.points();
        this.channels = channels;
        this.scale = 2 * weight / measurements;
    }

    /** Adds the prior's gradient with respect to f into gradient; returns the prior's share of the loss. */
    double addTo(float[] f, float[] gradient) {
        double sum = 0;
        double eps2 = EPSILON * EPSILON;
        double[] d = new double[sizes.length];
        int[] neighbour = new int[sizes.length];
        for (int ch = 0; ch < channels; ch++) {
            int base = ch * points;
            for (int p = 0; p < points; p++) {
                double norm2 = eps2;
                int stride = 1;
                int rest = p;
                for (int a = 0; a < sizes.length; a++) {
                    int coordinate = rest % sizes[a];
                    rest /= sizes[a];
                    neighbour[a] = coordinate + 1 < sizes[a] ? p + stride : -1;
                    if (neighbour[a] >= 0) {
                        d[a] = f[base + neighbour[a]] - f[base + p];
                        norm2 += d[a] * d[a];
                    }
                    stride *= sizes[a];
                }
                double norm = Math.sqrt(norm2);
                sum += norm - EPSILON;
                for (int a = 0; a < sizes.length; a++) {
                    if (neighbour[a] >= 0) {
                        float g = (float) (scale * d[a] / norm);
                        gradient[base + neighbour[a]] += g;
                        gradient[base + p] -= g;
                    }
                }
            }
        }
        return scale * sum;
    }
}
