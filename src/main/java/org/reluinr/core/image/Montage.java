package org.reluinr.core.image;

import java.util.List;

/** Images of equal height placed side by side, left to right, each channel separately. */
public final class Montage {

    private Montage() {
    }

    public static FloatImage sideBySide(List<FloatImage> images) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("a montage needs at least one image");
        }
        FloatImage first = images.get(0);
        int height = first.height();
        int channels = first.channels();
        int width = 0;
        for (FloatImage im : images) {
            if (im.height() != height || im.channels() != channels || im.depth() != 1) {
                throw new IllegalArgumentException("montage images must share height, channels and be 2D");
            }
            width += im.width();
        }
        float[] out = new float[width * height * channels];
        int x0 = 0;
        for (FloatImage im : images) {
            int w = im.width();
            for (int ch = 0; ch < channels; ch++) {
                for (int y = 0; y < height; y++) {
                    System.arraycopy(im.data(), (ch * height + y) * w, out, (ch * height + y) * width + x0, w);
                }
            }
            x0 += w;
        }
        return new FloatImage(width, height, 1, channels, out);
    }
}
