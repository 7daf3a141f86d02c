package org.reluinr.core.grid;

import java.util.Arrays;

/**
 * The points where an INR is sampled: a regular grid of 1 to 3 axes, each axis
 * {@code linspace(-1, 1, n)}, x varying fastest (the order of a pixel array).
 */
public final class CoordinateGrid {

    private final int[] sizes;
    private final int points;

    /** @param sizes points along x, then y, then z */
    public CoordinateGrid(int... sizes) {
        if (sizes.length < 1 || sizes.length > 3) {
            throw new IllegalArgumentException("a grid has 1, 2 or 3 axes, got " + sizes.length);
        }
        long n = 1;
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("grid sizes must be positive: " + Arrays.toString(sizes));
            }
            n *= s;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + n + " points is too large");
        }
        this.sizes = sizes.clone();
        this.points = (int) n;
    }

    public int dimensions() {
        return sizes.length;
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public int points() {
        return points;
    }

    /** Coordinate of index i on an axis of n points: −1 + 2i/(n − 1), or 0 when n = 1. */
    public static float coordinate(int i, int n) {
        return n == 1 ? 0f : (float) (-1.0 + 2.0 * i / (n - 1));
    }

    /** Writes the coordinates of points [first, first + count) row by row into dst. */
    public void fill(int first, int count, float[] dst) {
        int d = sizes.length;
        for (int p = 0; p < count; p++) {
            int rest = first + p;
            for (int axis = 0; axis < d; axis++) {
                int n = sizes[axis];
                dst[p * d + axis] = coordinate(rest % n, n);
                rest /= n;
            }
        }
    }
}
