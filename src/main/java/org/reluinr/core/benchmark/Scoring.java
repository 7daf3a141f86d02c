package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.operators.SupportCircle;

/** How a family's results are compared with the ground truth; the same for every method. */
public interface Scoring {

    Score score(FloatImage truth, FloatImage result);

    /** PSNR and SSIM of the whole image. */
    Scoring WHOLE_IMAGE = (truth, result) -> {
        ImageQuality q = GroundTruthQuality.of(truth, result);
        return new Score(q.psnr(), q.ssim(), Double.NaN);
    };

    /**
     * The whole image after setting the result to zero outside the inscribed circle: the Radon
     * geometry assumes zero there (FBP writes zeros), so no method is judged on pixels the
     * sinogram says nothing about.
     */
    Scoring INSIDE_CIRCLE = (truth, result) -> WHOLE_IMAGE.score(truth, SupportCircle.masked(result));

    /**
     * PSNR on the pixels never seen at this step ({@link SubsampledPixels}), the seen pixels'
     * PSNR beside it, and SSIM of the whole image (its 7 × 7 windows always mix seen and unseen
     * pixels). The truth is already on [0, 1], so PSNR needs no rescaling.
     */
    static Scoring unseenPixels(int step) {
        return (truth, result) -> {
            boolean[] unseen = SubsampledPixels.unseenMask(truth.width(), truth.height(), step);
            double psnr = Psnr.of(SubsampledPixels.select(truth.data(), unseen, true),
                    SubsampledPixels.select(result.data(), unseen, true));
            double seen = Psnr.of(SubsampledPixels.select(truth.data(), unseen, false),
                    SubsampledPixels.select(result.data(), unseen, false));
            return new Score(psnr, ImageQuality.of(truth, result).ssim(), seen);
        };
    }
}
