package org.reluinr.core.grid;

/**
 * NeRF's positional encoding of coordinates p ∈ [−1, 1]: each coordinate becomes
 * (p, sin(2⁰πp), cos(2⁰πp), …, sin(2^(L−1)πp), cos(2^(L−1)πp)).
 *
 * <p>The number of frequencies L follows the Nyquist rule for the sampled axis: sin(2^k π p)
 * has 2^(k−1) cycles per unit of p, and n samples over [−1, 1] resolve at most (n − 1)/4
 * cycles per unit, so L = ⌊log₂((n − 1)/2)⌋ + 1 frequencies, for the longest axis.
 */
public final class PositionalEncoding {

    private final int dimensions;
    private final int frequencies;

    public PositionalEncoding(int dimensions, int frequencies) {
        if (frequencies < 0) {
            throw new IllegalArgumentException("frequencies must be at least 0");
        }
        this.dimensions = dimensions;
        this.frequencies = frequencies;
    }

    /** The Nyquist-rule encoding for a grid. */
    public static PositionalEncoding forGrid(CoordinateGrid grid) {
        int longest = 1;
        for (int s : grid.sizes()) {
            longest = Math.max(longest, s);
        }
        int l = longest < 3 ? 0 : (int) Math.floor(Math.log((longest - 1) / 2.0) / Math.log(2)) + 1;
        return new PositionalEncoding(grid.dimensions(), l);
    }

    public int frequencies() {
        return frequencies;
    }

    /** Values per encoded point. */
    public int outputs() {
        return dimensions * (2 * frequencies + 1);
    }

    /** Encodes {@code points} rows of {@code dimensions} coordinates. */
    public float[] encode(float[] coordinates, int points) {
        int width = outputs();
        float[] out = new float[points * width];
        for (int p = 0; p < points; p++) {
            int o = p * width;
            for (int d = 0; d < dimensions; d++) {
                double x = coordinates[p * dimensions + d];
                out[o++] = (float) x;
                for (int k = 0; k < frequencies; k++) {
                    double angle = Math.scalb(Math.PI, k) * x;
                    out[o++] = (float) Math.sin(angle);
                    out[o++] = (float) Math.cos(angle);
                }
            }
        }
        return out;
    }
}
