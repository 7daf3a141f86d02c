package org.reluinr.core.classical;

import java.util.Locale;

/**
 * Upscaling by an integer s under the block-average model (low-resolution pixel i the mean of
 * pixels s·i … s·i + s − 1), where iterative back-projection starts: what it leaves of the
 * start is the detail the block averages cannot see, so a start that keeps edges keeps them in
 * the result. {@link TvIbpBlend} chooses between them by its self-test.
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

    /** The (s·width) × (s·height) image. */
    public abstract float[] upscale(float[] low, int width, int height, int scale);

    /** Whether {@link #upscale} takes this scale. */
    public abstract boolean takes(int scale);

    /** The name a result, a table or a message gives it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
