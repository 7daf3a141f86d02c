package org.reluinr.core.grid;

import java.util.Arrays;

/**
 * The points where an INR is sampled: a regular grid of 1 to 3 axes, each axis
 * {@code linspace(-e, e, n)} with half-extent e (1 unless the grid is {@linkplain #calibrated
 * calibrated}), x varying fastest (the order of a pixel array).
 */
public final class CoordinateGrid {

    private final int[] sizes;
    private final double[] extents;
    private final int points;

    /** @param sizes points along x, then y, then z; every axis spans [−1, 1] */
    public CoordinateGrid(int... sizes) {
        this(sizes, ones(sizes.length));
    }

    /**
     * @param sizes points along x, then y, then z
     * @param extents each axis's half-extent e: it spans [−e, e]
     */
    public CoordinateGrid(int[] sizes, double[] extents) {
        if (sizes.length < 1 || sizes.length > 3) {
            throw new IllegalArgumentException("a grid has 1, 2 or 3 axes, got " + sizes.length);
        }
        if (extents.length != sizes.length) {
            throw new IllegalArgumentException("one extent per axis: " + Arrays.toString(extents));
        }
        long n = 1;
        for (int a = 0; a < sizes.length; a++) {
            if (sizes[a] < 1) {
                throw new IllegalArgumentException("grid sizes must be positive: " + Arrays.toString(sizes));
            }
            if (!(extents[a] > 0) || Double.isInfinite(extents[a])) {
                throw new IllegalArgumentException("grid extents must be positive: " + Arrays.toString(extents));
            }
            n *= sizes[a];
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + n + " points is too large");
        }
        this.sizes = sizes.clone();
        this.extents = extents.clone();
        this.points = (int) n;
    }

    /**
     * A grid whose z axis keeps the voxels' physical proportions: x and y span [−1, 1] (as in
     * 2D), and z spans ±(n_z − 1)·dz / ((n_x − 1)·dx), so a step along z is as long, in
     * network units, as the same physical distance along x.
     *
     * @param voxelSize dx, dy[, dz] in any one unit
     */
    public static CoordinateGrid calibrated(int[] sizes, double[] voxelSize) {
        double[] extents = ones(sizes.length);
        if (sizes.length == 3 && sizes[0] > 1 && sizes[2] > 1) {
            extents[2] = (sizes[2] - 1) * voxelSize[2] / ((sizes[0] - 1) * voxelSize[0]);
        }
        return new CoordinateGrid(sizes, extents);
    }

    /**
     * The half-pixel grid of a w × h image (w, h ≥ 2): positions −½, 0, ½, …, w − ½ in pixels on
     * each axis, in the image grid's coordinates, so point (2i + 1, 2j + 1) is pixel (i, j) and
     * the grid covers the pixels' whole area.
     */
    public static CoordinateGrid halfPixel(int width, int height) {
        if (width < 2 || height < 2) {
            throw new IllegalArgumentException("a half-pixel grid needs at least 2 × 2 pixels, got " + width + " × "
                    + height);
        }
        // 2n + 1 points a half pixel (1 / (n − 1) in coordinates) apart span ±n / (n − 1)
        return new CoordinateGrid(new int[] {2 * width + 1, 2 * height + 1},
                new double[] {width / (width - 1.0), height / (height - 1.0)});
    }

    private static double[] ones(int n) {
        double[] e = new double[n];
        Arrays.fill(e, 1.0);
        return e;
    }

    public int dimensions() {
        return sizes.length;
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public double[] extents() {
        return extents.clone();
    }

    public int points() {
        return points;
    }

    /** The network coordinate of a (possibly fractional) pixel position on an axis of this grid. */
    public float coordinateAt(int axis, double pixel) {
        int n = sizes[axis];
        return n == 1 ? 0f : (float) (extents[axis] * (-1.0 + 2.0 * pixel / (n - 1)));
    }

    /** Writes the coordinates of points [first, first + count) row by row into dst. */
    public void fill(int first, int count, float[] dst) {
        int d = sizes.length;
        for (int p = 0; p < count; p++) {
            int rest = first + p;
            for (int axis = 0; axis < d; axis++) {
                int n = sizes[axis];
                dst[p * d + axis] = coordinateAt(axis, rest % n);
                rest /= n;
            }
        }
    }
}
