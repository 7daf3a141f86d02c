package org.reluinr.api;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.imagej.Upscaling;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * Super-resolution by an INR: the result is {@code scale} times larger along x and y, and its
 * scale × scale block averages match the input. With a ground truth, the metrics hold PSNR and
 * SSIM of the result and of bicubic upscaling ({@code bicubic_psnr}, {@code bicubic_ssim}).
 */
public final class SuperResolution {

    private SuperResolution() {
    }

    /** The task's recommended settings, a starting point for a builder. */
    public static FitSettings defaults() {
        return SuperResolutionTask.defaults();
    }

    /**
     * @param groundTruth the true high-resolution image, or null
     */
    public static InrResult upscale(RandomAccessibleInterval<? extends RealType<?>> low, int scale,
            FitSettings settings, RandomAccessibleInterval<? extends RealType<?>> groundTruth,
            ProgressListener listener, Cancellation cancellation) {
        SuperResolutionTask.requireScale(scale);
        FloatImage input = ImgLib2Images.toFloatImage(low);
        FloatImage truth = groundTruth == null ? null : ImgLib2Images.toFloatImage(groundTruth);
        InrResult result = InrResult.of(SuperResolutionTask.run(input, scale, settings, truth, listener, cancellation));
        if (truth != null) {
            ImageQuality bicubic = GroundTruthQuality.of(truth, Upscaling.bicubic(input, scale));
            result.task().extras().put("bicubic_psnr", bicubic.psnr());
            result.task().extras().put("bicubic_ssim", bicubic.ssim());
        }
        return result;
    }
}
