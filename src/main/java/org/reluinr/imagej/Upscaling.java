package org.reluinr.imagej;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.reluinr.core.image.FloatImage;

/** Classical upscaling by ImageJ, the baseline that super-resolution results are compared with. */
public final class Upscaling {

    private Upscaling() {
    }

    /** Each channel enlarged by an integer factor with ImageJ's bicubic interpolation. */
    public static FloatImage bicubic(FloatImage image, int scale) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        int bigPlane = plane * scale * scale;
        float[] out = new float[bigPlane * image.channels()];
        for (int ch = 0; ch < image.channels(); ch++) {
            FloatProcessor fp = new FloatProcessor(w, h, image.channel(ch));
            fp.setInterpolationMethod(ImageProcessor.BICUBIC);
            float[] big = (float[]) fp.resize(w * scale, h * scale).getPixels();
            System.arraycopy(big, 0, out, ch * bigPlane, bigPlane);
        }
        return new FloatImage(w * scale, h * scale, 1, image.channels(), out);
    }
}
