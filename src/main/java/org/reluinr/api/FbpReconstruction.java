package org.reluinr.api;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.FilteredBackProjection;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * Classical CT reconstruction by filtered back-projection: from a sinogram with one row per
 * angle (degrees) and n detector bins to an n×n image.
 */
public final class FbpReconstruction {

    private FbpReconstruction() {
    }

    public static Img<FloatType> reconstruct(RandomAccessibleInterval<? extends RealType<?>> sinogram,
            double[] anglesDegrees, FilteredBackProjection.Filter filter) {
        FloatImage f = ImgLib2Images.toGrayImage(sinogram, "the sinogram");
        if (f.height() != anglesDegrees.length) {
            throw new IllegalArgumentException("the sinogram has " + f.height() + " rows (one per angle) but "
                    + anglesDegrees.length + " angles were given; give one angle per row");
        }
        InputChecks.requireFittable(f, "the sinogram");
        float[] image = FilteredBackProjection.reconstruct(f.data(), f.width(), anglesDegrees, filter);
        return ArrayImgs.floats(image, f.width(), f.width());
    }
}
