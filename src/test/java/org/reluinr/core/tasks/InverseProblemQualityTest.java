package org.reluinr.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.testing.TestImages;

/**
 * Quality floors of the paper's two inverse problems with its settings (width 256, 3 hidden
 * layers, c = 3, 300 iterations, seed 0). A broken operator or adjoint lands far below.
 */
class InverseProblemQualityTest {

    private static FitSettings paper(double learningRate) {
        return FitSettings.builder().width(256).hiddenLayers(3).c(3).learningRate(learningRate).iterations(300).seed(0)
                .build();
    }

    @Test
    void ctOfThePhantomFromItsGoldenSinogram() {
        FloatImage phantom = TestImages.golden("phantom64.tif");
        FloatImage sinogram = TestImages.golden("phantom64_sinogram_45angles.tif");
        TaskResult r = CtTask.run(sinogram, org.reluinr.core.operators.ProjectionAngles.evenlySpaced(45, 180),
                paper(2e-3), phantom, ProgressListener.NONE, new Cancellation());
        System.out.printf("CT 64×64, 45 angles: INR %.2f dB, FBP %.2f dB%n", r.quality().psnr(), r.extras().get("fbp_psnr"));
        assertTrue(r.quality().psnr() >= 23, "PSNR " + r.quality().psnr());
        assertEquals(64, r.reconstruction().width());
    }

    @Test
    void superResolutionOfTheCameramanByFour() {
        FloatImage truth = TestImages.cameraman(4);
        AveragePoolOperator pool = new AveragePoolOperator(32, 32, 4);
        float[] low = new float[pool.rangeSize()];
        pool.apply(truth.data(), low);
        TaskResult r = SuperResolutionTask.run(new FloatImage(32, 32, 1, 1, low), 4, paper(3e-3), truth,
                ProgressListener.NONE, new Cancellation());
        System.out.printf("SR ×4, cameraman 128: INR %.2f dB%n", r.quality().psnr());
        assertTrue(r.quality().psnr() >= 22.5, "PSNR " + r.quality().psnr());
        assertEquals(128, r.reconstruction().width());
        float[] reduced = new float[pool.rangeSize()];
        pool.apply(r.reconstruction().data(), reduced);
        double mse = 0;
        for (int i = 0; i < low.length; i++) {
            mse += (reduced[i] - low[i]) * (reduced[i] - low[i]) / (255.0 * 255.0);
        }
        assertTrue(mse / low.length < 1e-3, "the result's block averages reproduce the input, mse " + mse / low.length);
    }
}
