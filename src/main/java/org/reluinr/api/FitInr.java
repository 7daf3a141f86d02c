package org.reluinr.api;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * Fits a BW-ReLU INR to an image: the Java entry point for scripts and other plugins.
 *
 * <pre>
 * InrResult r = FitInr.fit(img, FitInr.defaults());
 * Img&lt;FloatType&gt; fitted = r.image();   double psnr = r.psnr();
 * </pre>
 *
 * A 2D image is one channel; a 3D image is read as x, y, channel. The input is only read.
 */
public final class FitInr {

    private FitInr() {
    }

    /** The task's recommended settings, a starting point for a builder. */
    public static FitSettings defaults() {
        return RepresentationTask.defaults();
    }

    public static InrResult fit(RandomAccessibleInterval<? extends RealType<?>> image, FitSettings settings) {
        return fit(image, settings, ProgressListener.NONE, new Cancellation());
    }

    public static InrResult fit(RandomAccessibleInterval<? extends RealType<?>> image, FitSettings settings,
            ProgressListener listener, Cancellation cancellation) {
        return InrResult.of(RepresentationTask.run(ImgLib2Images.toFloatImage(image), settings, listener, cancellation));
    }

    /**
     * Fits an x-y-z volume (a z-stack) as one 3D INR; the voxel size sets the z axis's
     * extent. The result's model renders at any z-spacing ({@link InrFunction}).
     */
    public static InrResult fitVolume(RandomAccessibleInterval<? extends RealType<?>> volume, VoxelSize voxelSize,
            FitSettings settings, ProgressListener listener, Cancellation cancellation) {
        return InrResult.of(RepresentationTask.run(ImgLib2Images.toVolume(volume), voxelSize, settings, listener,
                cancellation));
    }
}
