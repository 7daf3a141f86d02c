package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/**
 * The disc the Radon geometry sees ({@code circle=True}): pixel (x, y) of an n × n image is
 * inside when (x − n/2)² + (y − n/2)² ≤ (n/2)², with n/2 rounded down, as in
 * {@code FilteredBackProjection}.
 */
public final class InscribedCircle {

    private InscribedCircle() {
    }

    public static boolean inside(int x, int y, int n) {
        int r = n / 2;
        return (x - r) * (x - r) + (y - r) * (y - r) <= r * r;
    }

    /** A copy of an n × n single-channel image with everything outside the circle set to zero. */
    public static FloatImage masked(FloatImage image) {
        int n = image.width();
        if (image.height() != n || image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("the circle mask takes a square grayscale image");
        }
        float[] out = image.data().clone();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (!inside(x, y, n)) {
                    out[y * n + x] = 0;
                }
            }
        }
        return new FloatImage(n, n, 1, 1, out);
    }
}
