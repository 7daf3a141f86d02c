package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.operators.SupportCircle;

/** How a family's results are compared with the ground truth; the same for every method. */
public enum Scoring {

    /** PSNR and SSIM of the whole image. */
    WHOLE_IMAGE {
        @Override
        public Score score(FloatImage truth, FloatImage result) {
            ImageQuality q = GroundTruthQuality.of(truth, result);
            return new Score(q.psnr(), q.ssim(), Double.NaN);
        }
    },

    /**
     * The whole image after setting the result to zero outside the inscribed circle: the Radon
     * geometry assumes zero there (FBP writes zeros), so no method is judged on pixels the
     * sinogram says nothing about.
     */
    INSIDE_CIRCLE {
        @Override
        public Score score(FloatImage truth, FloatImage result) {
            return WHOLE_IMAGE.score(truth, SupportCircle.masked(result));
        }
    },

    /**
     * PSNR on the pixels never seen (odd row or column), the seen pixels' PSNR beside it, and
     * SSIM of the whole image (its 7 × 7 windows always mix seen and unseen pixels). The truth is
     * already on [0, 1], so PSNR needs no rescaling.
     */
    UNSEEN_PIXELS {
        @Override
        public Score score(FloatImage truth, FloatImage result) {
            boolean[] unseen = EvenPixels.unseenMask(truth.width(), truth.height());
            double psnr = Psnr.of(EvenPixels.select(truth.data(), unseen, true),
                    EvenPixels.select(result.data(), unseen, true));
            double seen = Psnr.of(EvenPixels.select(truth.data(), unseen, false),
                    EvenPixels.select(result.data(), unseen, false));
            return new Score(psnr, ImageQuality.of(truth, result).ssim(), seen);
        }
    };

    public abstract Score score(FloatImage truth, FloatImage result);
}
