package org.reluinr.core.metrics;

/** Peak signal-to-noise ratio for data range 1, as skimage's peak_signal_noise_ratio(data_range=1). */
public final class Psnr {

    private Psnr() {
    }

    /** PSNR in dB of {@code test} against {@code reference}; +∞ when they are equal. */
    public static double of(float[] reference, float[] test) {
        return of(reference, test, 1);
    }

    /** PSNR in dB for the given data range (peak). */
    public static double of(float[] reference, float[] test, double peak) {
        return 10 * Math.log10(peak * peak / meanSquaredError(reference, test));
    }

    /** max − min of the values (1 for constant values): the data range of a reference image. */
    public static double dataRange(float[] values) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi > lo ? hi - lo : 1;
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
