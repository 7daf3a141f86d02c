package org.reluinr.api;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * CT reconstruction by an INR: an n×n image whose Radon transform matches the sinogram (one
 * row per angle in degrees, n detector bins). With a ground truth, the metrics also hold the
 * filtered back-projection's PSNR and SSIM ({@code fbp_psnr}, {@code fbp_ssim}).
 */
public final class CtReconstruction {

    private CtReconstruction() {
    }

    /** The task's recommended settings, a starting point for a builder. */
    public static FitSettings defaults() {
        return CtTask.defaults();
    }

    /**
     * @param groundTruth the true n×n image, or null
     */
    public static InrResult reconstruct(RandomAccessibleInterval<? extends RealType<?>> sinogram,
            double[] anglesDegrees, FitSettings settings, RandomAccessibleInterval<? extends RealType<?>> groundTruth,
            ProgressListener listener, Cancellation cancellation) {
        return InrResult.of(CtTask.run(ImgLib2Images.toGrayImage(sinogram, "the sinogram"), anglesDegrees, settings,
                groundTruth == null ? null : ImgLib2Images.toFloatImage(groundTruth), listener, cancellation));
    }
}
