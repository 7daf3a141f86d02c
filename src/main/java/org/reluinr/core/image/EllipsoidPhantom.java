package org.reluinr.core.image;

/**
 * A 3D test volume: the modified (higher-contrast) 3D Shepp–Logan head phantom, ten
 * ellipsoids after Kak &amp; Slaney's parameters, sampled at voxel centres of a
 * width × height × depth grid spanning [−1, 1] on every axis (y up).
 */
public final class EllipsoidPhantom {

    /** Per ellipsoid: intensity, semi-axes a, b, c, centre x, y, z, rotation about z in degrees. */
    private static final double[][] ELLIPSOIDS = {
        {1.0, 0.69, 0.92, 0.81, 0, 0, 0, 0},
        {-0.8, 0.6624, 0.874, 0.78, 0, -0.0184, 0, 0},
        {-0.2, 0.11, 0.31, 0.22, 0.22, 0, 0, -18},
        {-0.2, 0.16, 0.41, 0.28, -0.22, 0, 0, 18},
        {0.1, 0.21, 0.25, 0.41, 0, 0.35, -0.15, 0},
        {0.1, 0.046, 0.046, 0.05, 0, 0.1, 0.25, 0},
        {0.1, 0.046, 0.046, 0.05, 0, -0.1, 0.25, 0},
        {0.1, 0.046, 0.023, 0.05, -0.08, -0.605, 0, 0},
        {0.1, 0.023, 0.023, 0.02, 0, -0.606, 0, 0},
        {0.1, 0.023, 0.046, 0.02, 0.06, -0.605, 0, 0},
    };

    private EllipsoidPhantom() {
    }

    public static FloatImage sheppLogan(int width, int height, int depth) {
        float[] v = new float[width * height * depth];
        for (int z = 0; z < depth; z++) {
            double pz = axis(z, depth);
            for (int y = 0; y < height; y++) {
                double py = -axis(y, height);
                for (int x = 0; x < width; x++) {
                    double px = axis(x, width);
                    double sum = 0;
                    for (double[] e : ELLIPSOIDS) {
                        double phi = Math.toRadians(e[7]);
                        double dx = px - e[4];
                        double dy = py - e[5];
                        double u = dx * Math.cos(phi) + dy * Math.sin(phi);
                        double w = -dx * Math.sin(phi) + dy * Math.cos(phi);
                        double dz = pz - e[6];
                        if (u * u / (e[1] * e[1]) + w * w / (e[2] * e[2]) + dz * dz / (e[3] * e[3]) <= 1) {
                            sum += e[0];
                        }
                    }
                    v[(z * height + y) * width + x] = (float) sum;
                }
            }
        }
        return new FloatImage(width, height, depth, 1, v);
    }

    private static double axis(int i, int n) {
        return n == 1 ? 0 : -1 + 2.0 * (i + 0.5) / n;
    }
}
