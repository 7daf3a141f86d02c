package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;

/**
 * A benchmark image from any test image: luma of its channels, the largest centred square,
 * resized by area averaging to size × size and scaled to [0, 1] by min–max.
 */
public final class GrayscaleSquare {

    /** scikit-image's rgb2gray weights (Rec. 709 luma); they sum to 1, so equal channels keep their value. */
    private static final double[] LUMA = {0.2125, 0.7154, 0.0721};

    private GrayscaleSquare() {
    }

    public static FloatImage prepare(FloatImage image, int size) {
        if (image.depth() != 1 || (image.channels() != 1 && image.channels() != 3)) {
            throw new IllegalArgumentException("benchmark images are single planes, grayscale or RGB");
        }
        float[] gray = luma(image);
        int w = image.width();
        int h = image.height();
        int side = Math.min(w, h);
        float[] square = new float[side * side];
        int x0 = (w - side) / 2;
        int y0 = (h - side) / 2;
        for (int y = 0; y < side; y++) {
            System.arraycopy(gray, (y0 + y) * w + x0, square, y * side, side);
        }
        FloatImage resized = new FloatImage(size, size, 1, 1, AreaAveraging.resize(square, side, side, size, size));
        return IntensityRange.of(resized).normalise(resized);
    }

    private static float[] luma(FloatImage image) {
        if (image.channels() == 1) {
            return image.data().clone();
        }
        int n = image.pixelsPerChannel();
        float[] d = image.data();
        float[] gray = new float[n];
        for (int i = 0; i < n; i++) {
            gray[i] = (float) (LUMA[0] * d[i] + LUMA[1] * d[n + i] + LUMA[2] * d[2 * n + i]);
        }
        return gray;
    }
}
