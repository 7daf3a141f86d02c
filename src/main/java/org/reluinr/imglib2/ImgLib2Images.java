package org.reluinr.imglib2;

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
        long size = 1;
        for (int d = 0; d < n; d++) {
            size *= image.dimension(d);
        }
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the image has " + size + " values, more than one array holds; crop it");
        }
        int channels = n == 3 ? (int) image.dimension(2) : 1;
        float[] data = new float[(int) size];
        Cursor<? extends RealType<?>> cursor = Views.flatIterable(image).cursor();
        for (int i = 0; i < data.length; i++) {
            data[i] = cursor.next().getRealFloat();
        }
        return new FloatImage((int) image.dimension(0), (int) image.dimension(1), 1, channels, data);
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

    /** Wraps the float image's array without copying: x, y for one channel, x, y, channel otherwise. */
    public static Img<FloatType> wrap(FloatImage image) {
        if (image.depth() != 1) {
            throw new IllegalArgumentException("only 2D images are supported here, got depth " + image.depth());
        }
        return image.channels() == 1
                ? ArrayImgs.floats(image.data(), image.width(), image.height())
                : ArrayImgs.floats(image.data(), image.width(), image.height(), image.channels());
    }
}
