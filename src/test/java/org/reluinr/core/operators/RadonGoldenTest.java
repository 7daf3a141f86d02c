package org.reluinr.core.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluinr.core.image.FloatImage;
import org.reluinr.testing.TestImages;

/** The Radon operator reproduces scikit-image's sinograms of the phantom to float precision. */
class RadonGoldenTest {

    @ParameterizedTest
    @CsvSource({"64, 45", "128, 90"})
    void matchesScikitImage(int n, int angles) {
        FloatImage phantom = TestImages.golden("phantom" + n + ".tif");
        FloatImage golden = TestImages.golden("phantom" + n + "_sinogram_" + angles + "angles.tif");
        assertEquals(n, golden.width(), "detector bins");
        assertEquals(angles, golden.height(), "one row per angle");
        RadonOperator radon = new RadonOperator(n, ProjectionAngles.evenlySpaced(angles, 180));
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(phantom.data(), sinogram);
        double error = relativeL2(golden.data(), sinogram);
        assertTrue(error < 1e-5, "relative L2 error " + error);
    }

    /** Like circle=True, the transform takes the image to be zero outside its inscribed circle. */
    @Test
    void ignoresWhatLiesBeyondTheInscribedCircle() {
        int n = 32;
        float[] corners = new float[n * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double r = Math.hypot(row - n / 2, col - n / 2);
                corners[row * n + col] = r > n / 2 + 2 * Math.sqrt(2) ? 1 : 0; // beyond the reach of a kept sample
            }
        }
        assertTrue(SupportCircle.holdsContentOutside(corners, n));
        RadonOperator radon = new RadonOperator(n, ProjectionAngles.evenlySpaced(12, 180));
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(corners, sinogram);
        for (float v : sinogram) {
            assertEquals(0, v, "a corner pixel was measured");
        }
        assertFalse(SupportCircle.holdsContentOutside(TestImages.golden("phantom64.tif").data(), 64));
    }

    static double relativeL2(float[] reference, float[] test) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < reference.length; i++) {
            double d = (double) reference[i] - test[i];
            diff += d * d;
            norm += (double) reference[i] * reference[i];
        }
        return Math.sqrt(diff / norm);
    }
}
