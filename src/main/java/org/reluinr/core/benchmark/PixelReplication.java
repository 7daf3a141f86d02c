package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/** Nearest-neighbour enlargement, to show a small input beside full-size results. */
final class PixelReplication {

    private PixelReplication() {
    }

    static FloatImage enlarge(FloatImage image, int factor) {
        int w = image.width();
        int bw = w * factor;
        int bh = image.height() * factor;
        float[] out = new float[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                out[y * bw + x] = image.data()[(y / factor) * w + x / factor];
            }
        }
        return new FloatImage(bw, bh, 1, 1, out);
    }
}
