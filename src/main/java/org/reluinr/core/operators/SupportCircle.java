package org.reluinr.core.operators;

import org.reluinr.core.image.FloatImage;

/**
 * The disc that parallel-beam CT measures: pixel (row, col) of an n × n image with
 * (row − r)² + (col − r)² ≤ r², r = n/2 — the circle that {@link FilteredBackProjection}
 * (like scikit-image's {@code circle=True}) reconstructs and that the Radon geometry
 * assumes to hold the whole object.
 */
public final class SupportCircle {

    private SupportCircle() {
    }

    public static boolean[] of(int n) {
        int r = n / 2;
        boolean[] inside = new boolean[n * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int dy = row - r;
                int dx = col - r;
                inside[row * n + col] = dx * dx + dy * dy <= r * r;
            }
        }
        return inside;
    }

    /** What the Radon transform's front doors say of an image for which {@link #holdsContentOutside} is true. */
    public static final String CONTENT_OUTSIDE_NOTE = "the image is not zero outside its inscribed circle, which the"
            + " Radon transform assumes (scikit-image's circle=True geometry), so the sinogram leaves out the corners;"
            + " pad the image to √2 times its side to measure all of it";

    /** Whether any pixel of the n × n image outside the circle is non-zero. */
    public static boolean holdsContentOutside(float[] image, int n) {
        boolean[] inside = of(n);
        for (int i = 0; i < image.length; i++) {
            if (!inside[i] && image[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the image with every pixel outside the circle set to zero. */
    public static float[] mask(float[] image, int n) {
        boolean[] inside = of(n);
        float[] out = image.clone();
        for (int i = 0; i < out.length; i++) {
            if (!inside[i]) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** A copy of an n × n single-channel image with everything outside the circle set to zero. */
    public static FloatImage masked(FloatImage image) {
        int n = image.width();
        if (image.height() != n || image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("the circle mask takes a square grayscale image");
        }
        return new FloatImage(n, n, 1, 1, mask(image.data(), n));
    }
}
