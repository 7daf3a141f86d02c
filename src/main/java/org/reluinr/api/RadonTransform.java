package org.reluinr.api;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * Simulates a parallel-beam CT measurement: the sinogram of a square grayscale image, one
 * row per angle (degrees) and one column per detector bin, in scikit-image's geometry,
 * which takes the image to be zero outside its inscribed circle (see {@link RadonOperator}).
 */
public final class RadonTransform {

    private RadonTransform() {
    }

    public static Img<FloatType> sinogram(RandomAccessibleInterval<? extends RealType<?>> image, double[] anglesDegrees) {
        FloatImage f = ImgLib2Images.toGrayImage(image, "the image");
        if (f.width() != f.height()) {
            throw new IllegalArgumentException("the image is " + f.width() + "×" + f.height()
                    + "; the Radon transform needs a square n×n image (crop or pad it first)");
        }
        InputChecks.requireFittable(f, "the image");
        RadonOperator radon = new RadonOperator(f.width(), anglesDegrees);
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(f.data(), sinogram);
        return ArrayImgs.floats(sinogram, f.width(), anglesDegrees.length);
    }
}
