package org.reluinr.core.image;

/**
 * Per-channel min–max scaling to [0, 1] for training, and back to the input's range for
 * output. A constant channel maps to 0 and back to its value.
 */
public final class IntensityRange {

    private final float[] min;
    private final float[] max;

    public IntensityRange(float[] min, float[] max) {
        if (min.length != max.length) {
            throw new IllegalArgumentException("min and max need one value per channel");
        }
        this.min = min.clone();
        this.max = max.clone();
    }

    public static IntensityRange of(FloatImage image) {
        int channels = image.channels();
        int n = image.pixelsPerChannel();
        float[] data = image.data();
        float[] lo = new float[channels];
        float[] hi = new float[channels];
        for (int ch = 0; ch < channels; ch++) {
            float a = Float.POSITIVE_INFINITY;
            float b = Float.NEGATIVE_INFINITY;
            for (int i = ch * n; i < (ch + 1) * n; i++) {
                a = Math.min(a, data[i]);
                b = Math.max(b, data[i]);
            }
            lo[ch] = a;
            hi[ch] = b;
        }
        return new IntensityRange(lo, hi);
    }

    public int channels() {
        return min.length;
    }

    public float min(int channel) {
        return min[channel];
    }

    public float max(int channel) {
        return max[channel];
    }

    /** One value of a channel mapped from [0, 1] back to [min, max]. */
    public float denormalise(int channel, float unit) {
        return unit * span(channel) + min[channel];
    }

    private float span(int ch) {
        float s = max[ch] - min[ch];
        return s > 0 ? s : 1f;
    }

    /** A new image with each channel mapped from [min, max] to [0, 1]. */
    public FloatImage normalise(FloatImage image) {
        return map(image, true);
    }

    /** A new image with each channel mapped from [0, 1] back to [min, max]. */
    public FloatImage denormalise(FloatImage image) {
        return map(image, false);
    }

    private FloatImage map(FloatImage image, boolean toUnit) {
        if (image.channels() != min.length) {
            throw new IllegalArgumentException("image has " + image.channels() + " channels, range has " + min.length);
        }
        FloatImage result = image.copy();
        float[] d = result.data();
        int n = image.pixelsPerChannel();
        for (int ch = 0; ch < min.length; ch++) {
            float lo = min[ch];
            float s = span(ch);
            for (int i = ch * n; i < (ch + 1) * n; i++) {
                d[i] = toUnit ? (d[i] - lo) / s : denormalise(ch, d[i]);
            }
        }
        return result;
    }
}
