package org.reluinr.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.reluinr.core.image.FloatImage;

/**
 * ImagePlus ⇄ {@link FloatImage}. 8-, 16- and 32-bit planes become one channel, RGB becomes
 * three; the ImagePlus is only read, never changed.
 */
public final class ImagePlusConverter {

    private ImagePlusConverter() {
    }

    /** The current plane of {@code image}; a stack must be reduced by the caller first. */
    public static FloatImage toFloatImage(ImagePlus image) {
        return toFloatImage(image.getProcessor());
    }

    public static FloatImage toFloatImage(ImageProcessor ip) {
        int w = ip.getWidth();
        int h = ip.getHeight();
        int n = w * h;
        if (ip instanceof ColorProcessor cp) {
            float[] data = new float[3 * n];
            int[] rgb = (int[]) cp.getPixels();
            for (int i = 0; i < n; i++) {
                data[i] = (rgb[i] >> 16) & 0xff;
                data[n + i] = (rgb[i] >> 8) & 0xff;
                data[2 * n + i] = rgb[i] & 0xff;
            }
            return new FloatImage(w, h, 1, 3, data);
        }
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = ip.getf(i);
        }
        return new FloatImage(w, h, 1, 1, data);
    }

    /** A 32-bit ImagePlus: one plane per channel and z-slice (channels outermost). */
    public static ImagePlus toFloatImagePlus(FloatImage image, String title) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        ImageStack stack = new ImageStack(w, h);
        int planes = image.channels() * image.depth();
        for (int p = 0; p < planes; p++) {
            float[] pixels = new float[plane];
            System.arraycopy(image.data(), p * plane, pixels, 0, plane);
            stack.addSlice(new FloatProcessor(w, h, pixels));
        }
        ImagePlus result = new ImagePlus(title, stack);
        if (planes > 1) {
            result.setDimensions(image.channels(), image.depth(), 1);
        }
        result.resetDisplayRange();
        return result;
    }
}
