package org.reluinr.core.image;

import java.util.Arrays;

/**
 * A float image of width × height × depth voxels and one or more channels, stored
 * channel-planar: channel ch starts at {@code ch * pixelsPerChannel()}, x varies fastest.
 * This is the core's only image type; front ends convert to and from it.
 */
public final class FloatImage {

    private final int width;
    private final int height;
    private final int depth;
    private final int channels;
    private final float[] data;

    public FloatImage(int width, int height, int depth, int channels, float[] data) {
        if (width < 1 || height < 1 || depth < 1 || channels < 1) {
            throw new IllegalArgumentException("image dimensions must be positive: " + width + "×" + height + "×" + depth
                    + ", " + channels + " channel(s)");
        }
        long expected = (long) width * height * depth * channels;
        if (data.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " values, got " + data.length);
        }
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.channels = channels;
        this.data = data;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int depth() {
        return depth;
    }

    public int channels() {
        return channels;
    }

    public int pixelsPerChannel() {
        return width * height * depth;
    }

    /** The live data, channel-planar. */
    public float[] data() {
        return data;
    }

    /** A copy of one channel. */
    public float[] channel(int ch) {
        int n = pixelsPerChannel();
        return Arrays.copyOfRange(data, ch * n, (ch + 1) * n);
    }

    /** Grid sizes of the spatial axes that have more than one sample: (w), (w, h) or (w, h, d). */
    public int[] spatialSizes() {
        if (depth > 1) {
            return new int[] {width, height, depth};
        }
        return height > 1 ? new int[] {width, height} : new int[] {width};
    }

    /** The z-slices {@code zs}, in that order, as a new image (all channels). */
    public FloatImage slices(int... zs) {
        int plane = width * height;
        float[] out = new float[channels * zs.length * plane];
        for (int ch = 0; ch < channels; ch++) {
            for (int k = 0; k < zs.length; k++) {
                if (zs[k] < 0 || zs[k] >= depth) {
                    throw new IllegalArgumentException("slice " + zs[k] + " of an image of depth " + depth);
                }
                System.arraycopy(data, (ch * depth + zs[k]) * plane, out, (ch * zs.length + k) * plane, plane);
            }
        }
        return new FloatImage(width, height, zs.length, channels, out);
    }

    public FloatImage copy() {
        return new FloatImage(width, height, depth, channels, data.clone());
    }

    /** The first non-finite value's position, or -1 if all are finite. */
    public int firstNonFinite() {
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }
}
