package org.reluinr.core.metrics;

/** Peak signal-to-noise ratio for data range 1, as skimage's peak_signal_noise_ratio(data_range=1). */
public final class Psnr {

    private Psnr() {
    }

    /** PSNR in dB of {@code test} against {@code reference}; +∞ when they are equal. */
    public static double of(float[] reference, float[] test) {
        return fromMse(meanSquaredError(reference, test));
    }

    public static double fromMse(double mse) {
        return 10 * Math.log10(1.0 / mse);
    }

    public static double meanSquaredError(float[] reference, float[] test) {
        if (reference.length != test.length || reference.length == 0) {
            throw new IllegalArgumentException("images must have the same, non-zero number of values");
        }
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            double d = (double) reference[i] - test[i];
            sum += d * d;
        }
        return sum / reference.length;
    }
}
