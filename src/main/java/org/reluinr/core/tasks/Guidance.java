package org.reluinr.core.tasks;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;

/**
 * What a guided reconstruction reports beside its image, so that a user sees whether the
 * INR beat the classical method it started from: that method and both held-out errors
 * always, and with a ground truth the classical reconstruction's PSNR and SSIM.
 */
final class Guidance {

    private Guidance() {
    }

    static void report(TaskResult task, GuidedReconstruction.Outcome outcome, FloatImage groundTruth) {
        task.extras().put("heldout_error", outcome.heldOutError());
        task.extras().put("classical_method", outcome.classicalMethod());
        task.extras().put("classical_heldout_error", outcome.classicalHeldOutError());
        if (groundTruth != null) {
            FloatImage classical = task.model().toImage(outcome.classical(), task.model().gridSizes());
            ImageQuality q = GroundTruthQuality.of(groundTruth, classical);
            task.extras().put("classical_psnr", q.psnr());
            task.extras().put("classical_ssim", q.ssim());
        }
    }
}
