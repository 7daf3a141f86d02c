package org.reluinr.core.model;

import java.util.Arrays;

/** The physical size of a pixel (voxel) along each axis, in one unit; "pixel" units when unknown. */
public record VoxelSize(double[] sizes, String unit) {

    public VoxelSize {
        for (double s : sizes) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("voxel sizes must be positive, got " + Arrays.toString(sizes));
            }
        }
        sizes = sizes.clone();
        unit = unit == null || unit.isBlank() ? "pixel" : unit;
    }

    /** Unit pixels along {@code dimensions} axes. */
    public static VoxelSize pixels(int dimensions) {
        double[] ones = new double[dimensions];
        Arrays.fill(ones, 1.0);
        return new VoxelSize(ones, "pixel");
    }

    public int dimensions() {
        return sizes.length;
    }

    public double size(int axis) {
        return sizes[axis];
    }

    @Override
    public double[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoxelSize v && Arrays.equals(sizes, v.sizes) && unit.equals(v.unit);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + unit.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(sizes) + " " + unit;
    }
}
