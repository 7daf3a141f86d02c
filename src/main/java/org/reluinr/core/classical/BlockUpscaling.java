package org.reluinr.core.classical;

import java.util.Locale;

/**
 * Upscaling by an integer s under the block-average model (low-resolution pixel i the mean of
 * pixels s·i … s·i + s − 1), where iterative back-projection starts: what it leaves of the
 * start is the detail the block averages cannot see, so a start that keeps edges keeps them in
 * the result.
 */
public enum BlockUpscaling {

    /** Keys' cubic convolution ({@link Interpolation#blockCentred}), Irani and Peleg's start. */
    BICUBIC {
        @Override
        public float[] upscale(float[] low, int width, int height, int scale) {
            return Interpolation.blockCentred(low, width, height, scale, Interpolation.Kernel.CUBIC);
        }

        @Override
        public boolean takes(int scale) {
            return scale >= 1;
        }
    },
    /** Directional cubic convolution ({@link DirectionalCubic#blockCentred}), for scales that are powers of two. */
    DIRECTIONAL_CUBIC {
        @Override
        public float[] upscale(float[] low, int width, int height, int scale) {
            return DirectionalCubic.blockCentred(low, width, height, scale);
        }

        @Override
        public boolean takes(int scale) {
            return DirectionalCubic.takes(scale);
        }
    };

    /** The self-test needs two even pixels per axis. */
    private static final int MIN_SIDE = 4;

    /** The (s·width) × (s·height) image. */
    public abstract float[] upscale(float[] low, int width, int height, int scale);

    /** Whether {@link #upscale} takes this scale. */
    public abstract boolean takes(int scale);

    /** The name a result, a table or a message gives it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Directional cubic convolution where the scale is a power of two and, in the low-resolution
     * image, it predicts the odd pixels from the even ones better than cubic convolution does
     * ({@link HalfPixelInterpolation#selfTestError}); cubic convolution otherwise. On the
     * benchmark's eight images at ×4 it chose directional cubic convolution for six, where
     * back-projection from it gained 0.12 to 1.35 dB on five (cameraman, astronaut, cell,
     * phantom, coffee) and lost 0.07 on the rocket, and cubic convolution for grass and gravel,
     * where directional starts lose 0.07 and 0.14 dB.
     */
    public static BlockUpscaling chosen(float[] low, int width, int height, int scale) {
        if (!DIRECTIONAL_CUBIC.takes(scale) || width < MIN_SIDE || height < MIN_SIDE) {
            return BICUBIC;
        }
        double directional = HalfPixelInterpolation.DIRECTIONAL_CUBIC.selfTestError(low, width, height);
        return directional < HalfPixelInterpolation.BICUBIC.selfTestError(low, width, height) ? DIRECTIONAL_CUBIC
                : BICUBIC;
    }
}
