package org.reluinr.core.tasks;

import org.reluinr.core.image.FloatImage;

/** Checks shared by every task, each failing with a message that names the problem and the fix. */
public final class InputChecks {

    private InputChecks() {
    }

    /** A usable image: at least two pixels and only finite values. */
    public static void requireFittable(FloatImage image, String what) {
        requirePixels(image.pixelsPerChannel(), what);
        int bad = image.firstNonFinite();
        if (bad >= 0) {
            int n = image.pixelsPerChannel();
            int inPlane = bad % n;
            throw new IllegalArgumentException(what + " contains NaN or infinite values (first at x=" + inPlane % image.width()
                    + ", y=" + (inPlane / image.width()) % image.height() + "); replace them before fitting");
        }
    }

    /** At least two pixels per plane: what an INR needs to fit anything. */
    public static void requirePixels(long pixels, String what) {
        if (pixels < 2) {
            throw new IllegalArgumentException(what + " has " + pixels + " pixel; an INR needs an image of at least 2 pixels");
        }
    }

    /** The image must have exactly this size and channel count; the message says what was expected. */
    public static void requireSameShape(FloatImage image, int width, int height, int channels, String expectation) {
        if (image.width() != width || image.height() != height || image.depth() != 1 || image.channels() != channels) {
            throw new IllegalArgumentException(expectation + "; got " + image.width() + "×" + image.height()
                    + (image.channels() > 1 ? " with " + image.channels() + " channels" : ""));
        }
    }
}
