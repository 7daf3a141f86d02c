package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/**
 * The render-at-s× geometry: of an sw × sh image only the pixels whose row and column are
 * multiples of s are seen (w × h of them); seen pixel (i, j) is full-grid pixel (si, sj). The
 * others are unseen: at s = 2 a quarter of them have an odd column only, a quarter an odd row
 * only and a quarter both.
 */
public final class SubsampledPixels {

    private SubsampledPixels() {
    }

    /** The seen w × h image of an sw × sh single-channel image. */
    public static FloatImage seen(FloatImage full, int step) {
        int w = full.width() / step;
        int h = full.height() / step;
        if (full.width() != step * w || full.height() != step * h || full.channels() != 1 || full.depth() != 1) {
            throw new IllegalArgumentException("render at " + step + "× takes a grayscale image whose width and height"
                    + " are multiples of " + step);
        }
        float[] out = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                out[j * w + i] = full.data()[step * j * full.width() + step * i];
            }
        }
        return new FloatImage(w, h, 1, 1, out);
    }

    /** True for the pixels of a full-grid image that {@link #seen} drops: row or column not a multiple of step. */
    public static boolean[] unseenMask(int fullWidth, int fullHeight, int step) {
        boolean[] mask = new boolean[fullWidth * fullHeight];
        for (int y = 0; y < fullHeight; y++) {
            for (int x = 0; x < fullWidth; x++) {
                mask[y * fullWidth + x] = x % step != 0 || y % step != 0;
            }
        }
        return mask;
    }

    /** The pixels where {@code mask} is {@code keep}, in order. */
    static float[] select(float[] values, boolean[] mask, boolean keep) {
        int count = 0;
        for (boolean m : mask) {
            count += m == keep ? 1 : 0;
        }
        float[] out = new float[count];
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] == keep) {
                out[k++] = values[i];
            }
        }
        return out;
    }
}
