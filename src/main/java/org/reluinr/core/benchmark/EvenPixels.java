package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/**
 * The render-at-2× geometry: of a 2w × 2h image only the pixels at even row and column are
 * seen (w × h of them); seen pixel (i, j) is full-grid pixel (2i, 2j). The rest, a quarter
 * of which have an odd column only, a quarter an odd row only and a quarter both, are unseen.
 */
public final class EvenPixels {

    private EvenPixels() {
    }

    /** The seen w × h image of a 2w × 2h single-channel image. */
    public static FloatImage seen(FloatImage full) {
        int w = full.width() / 2;
        int h = full.height() / 2;
        if (full.width() != 2 * w || full.height() != 2 * h || full.channels() != 1 || full.depth() != 1) {
            throw new IllegalArgumentException("render at 2× takes a grayscale image of even width and height");
        }
        float[] out = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                out[j * w + i] = full.data()[2 * j * full.width() + 2 * i];
            }
        }
        return new FloatImage(w, h, 1, 1, out);
    }

    /** True for the pixels of a full-grid image that {@link #seen} drops: odd row or odd column. */
    public static boolean[] unseenMask(int fullWidth, int fullHeight) {
        boolean[] mask = new boolean[fullWidth * fullHeight];
        for (int y = 0; y < fullHeight; y++) {
            for (int x = 0; x < fullWidth; x++) {
                mask[y * fullWidth + x] = x % 2 == 1 || y % 2 == 1;
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
