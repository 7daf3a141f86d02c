package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.image.FloatImage;
import org.reluinr.testing.TestImages;

/**
 * Quality floor with the paper's settings: a correct BW-ReLU network interpolates the
 * 128×128 cameraman almost exactly within 300 iterations (an independent PyTorch
 * implementation reaches about 100 dB); a broken gradient or activation lands far below.
 */
class RepresentationQualityTest {

    @Test
    void cameraman128ReachesFortyDecibelsIn300Iterations() {
        FloatImage image = TestImages.cameraman(4);
        float[] before = image.data().clone();
        FitSettings settings = FitSettings.builder().width(256).hiddenLayers(3).c(9).learningRate(3e-3).iterations(300)
                .seed(0).build();
        List<String> milestones = new ArrayList<>();
        TaskResult result = RepresentationTask.run(image, settings, p -> {
            if (List.of(25, 50, 100, 200, 300).contains(p.iteration())) {
                milestones.add(String.format("%d: %.2f dB", p.iteration(), p.psnr()));
            }
        }, new Cancellation());
        System.out.println("cameraman 128, PSNR by iteration: " + milestones);
        assertTrue(result.quality().psnr() >= 40, "PSNR " + result.quality().psnr());
        assertTrue(result.quality().ssim() >= 0.99, "SSIM " + result.quality().ssim());
        assertEquals(5, milestones.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, image.data(), "input left untouched");
        assertEquals(image.width(), result.reconstruction().width());
        float max = 0;
        for (float v : result.reconstruction().data()) {
            max = Math.max(max, v);
        }
        assertTrue(max > 100, "result is mapped back to the input's 8-bit range, max " + max);
    }
}
