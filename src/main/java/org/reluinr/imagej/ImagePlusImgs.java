package org.reluinr.imagej;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Views of ImageJ 1.x planes as ImgLib2 intervals, sharing the pixel arrays (no copy):
 * 8-bit as unsigned bytes, 16-bit as unsigned shorts, 32-bit as floats, RGB as an x, y,
 * channel view of its red, green and blue bytes. An 8-bit indexed-colour plane (a colour
 * table that is not a pseudo-colour ramp) means its colours, not its indices: it becomes an
 * RGB copy, as on the command line.
 */
public final class ImagePlusImgs {

    private ImagePlusImgs() {
    }

    public static RandomAccessibleInterval<? extends RealType<?>> wrap(ImageProcessor ip) {
        int w = ip.getWidth();
        int h = ip.getHeight();
        if (ip instanceof ByteProcessor && ip.isColorLut() && !ip.isPseudoColorLut()) {
            return wrap(ip.convertToRGB());
        }
        if (ip instanceof ByteProcessor) {
            return ArrayImgs.unsignedBytes((byte[]) ip.getPixels(), w, h);
        }
        if (ip instanceof ShortProcessor) {
            return ArrayImgs.unsignedShorts((short[]) ip.getPixels(), w, h);
        }
        if (ip instanceof FloatProcessor) {
            return ArrayImgs.floats((float[]) ip.getPixels(), w, h);
        }
        if (ip instanceof ColorProcessor) {
            // argbChannels numbers alpha 0, red 1, green 2, blue 3.
            return Converters.argbChannels(ArrayImgs.argbs((int[]) ip.getPixels(), w, h), 1, 2, 3);
        }
        throw new IllegalArgumentException("unsupported pixel type " + ip.getClass().getSimpleName()
                + "; use 8-, 16- or 32-bit grayscale or RGB");
    }
}
