package org.reluinr.core.classical;

/** Reductions over float vectors, accumulated in double so results do not depend on vector length rounding. */
final class Vectors {

    private Vectors() {
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** y ← y + alpha · x. */
    static void addScaled(float[] y, double alpha, float[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (y[i] + alpha * x[i]);
        }
    }

    static void requireLength(float[] v, int length, String what) {
        if (v.length != length) {
            throw new IllegalArgumentException(what + " has " + v.length + " values, expected " + length);
        }
    }
}
