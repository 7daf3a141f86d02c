package org.reluinr.core.metrics;

import org.reluinr.core.image.FloatImage;

/** PSNR and SSIM of a whole image against a reference, both on the [0, 1] scale. */
public record ImageQuality(double psnr, double ssim) {

    /** SSIM is the mean over channels and z-planes; NaN when planes are smaller than 7×7. */
    public static ImageQuality of(FloatImage reference, FloatImage test) {
        if (reference.width() != test.width() || reference.height() != test.height() || reference.depth() != test.depth()
                || reference.channels() != test.channels()) {
            throw new IllegalArgumentException("reference and result differ in size");
        }
        double psnr = Psnr.of(reference.data(), test.data());
        int w = reference.width();
        int h = reference.height();
        if (w < 7 || h < 7) {
            return new ImageQuality(psnr, Double.NaN);
        }
        int planes = reference.depth() * reference.channels();
        int planeSize = w * h;
        double sum = 0;
        float[] a = new float[planeSize];
        float[] b = new float[planeSize];
        for (int p = 0; p < planes; p++) {
            System.arraycopy(reference.data(), p * planeSize, a, 0, planeSize);
            System.arraycopy(test.data(), p * planeSize, b, 0, planeSize);
            sum += Ssim.of(a, b, w, h);
        }
        return new ImageQuality(psnr, sum / planes);
    }
}
