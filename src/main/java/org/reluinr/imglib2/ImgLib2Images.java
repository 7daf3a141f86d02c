package org.reluinr.imglib2;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.reluinr.core.image.FloatImage;

/**
 * ImgLib2 ⇄ {@link FloatImage}. A 2D interval is one channel; a 3D interval is read as
 * x, y, channel (the layout of {@code Converters.argbChannels} and of multichannel planes).
 */
public final class ImgLib2Images {

    private ImgLib2Images() {
    }

    /** Copies the interval's values into a new float image (x fastest, channels outermost). */
    public static FloatImage toFloatImage(RandomAccessibleInterval<? extends RealType<?>> image) {
        int n = image.numDimensions();
        if (n < 2 || n > 3) {
            throw new IllegalArgumentException("expected a 2D image or a 3D x-y-channel image, got " + n
                    + " dimensions; pass one plane at a time");
        }
        return copy(image, 1, n == 3 ? (int) image.dimension(2) : 1);
    }

    /** Copies a single-channel x-y-z interval into a new float volume. */
    public static FloatImage toVolume(RandomAccessibleInterval<? extends RealType<?>> volume) {
        if (volume.numDimensions() != 3) {
            throw new IllegalArgumentException("expected an x-y-z volume, got " + volume.numDimensions()
                    + " dimensions");
        }
        return copy(volume, (int) volume.dimension(2), 1);
    }

    private static FloatImage copy(RandomAccessibleInterval<? extends RealType<?>> image, int depth, int channels) {
        long size = Views.flatIterable(image).size();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the image has " + size + " values, more than one array holds; crop it");
        }
        float[] data = new float[(int) size];
        Cursor<? extends RealType<?>> cursor = Views.flatIterable(image).cursor();
        for (int i = 0; i < data.length; i++) {
            data[i] = cursor.next().getRealFloat();
        }
        return new FloatImage((int) image.dimension(0), (int) image.dimension(1), depth, channels, data);
    }

    /** Like {@link #toFloatImage} for operations defined on grayscale planes only. */
    public static FloatImage toGrayImage(RandomAccessibleInterval<? extends RealType<?>> image, String what) {
        FloatImage f = toFloatImage(image);
        if (f.channels() != 1) {
            throw new IllegalArgumentException(what + " has " + f.channels()
                    + " channels; convert it to grayscale first (Image > Type > 32-bit)");
        }
        return f;
    }

    /**
     * Wraps the float image's array without copying: x, y[, z][, channel], leaving out z for
     * a plane and channel for a single channel.
     */
    public static Img<FloatType> wrap(FloatImage image) {
        List<Long> dims = new ArrayList<>(List.of((long) image.width(), (long) image.height()));
        if (image.depth() > 1) {
            dims.add((long) image.depth());
        }
        if (image.channels() > 1) {
            dims.add((long) image.channels());
        }
        return ArrayImgs.floats(image.data(), dims.stream().mapToLong(Long::longValue).toArray());
    }
}
