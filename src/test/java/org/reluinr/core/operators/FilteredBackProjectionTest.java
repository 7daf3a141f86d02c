package org.reluinr.core.operators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.testing.TestImages;

class FilteredBackProjectionTest {

    /**
     * Same padding, ramp construction, interpolation and scaling as scikit-image's iradon;
     * the remaining difference (about 2e-7 relative) is float rounding and the DFT (direct
     * sums here, FFT there).
     */
    @ParameterizedTest
    @CsvSource({"64, 45", "128, 90"})
    void rampMatchesScikitImage(int n, int angles) {
        FloatImage sinogram = TestImages.golden("phantom" + n + "_sinogram_" + angles + "angles.tif");
        FloatImage golden = TestImages.golden("phantom" + n + "_fbp_ramp_" + angles + "angles.tif");
        float[] fbp = FilteredBackProjection.reconstruct(sinogram.data(), n, ProjectionAngles.evenlySpaced(angles, 180),
                FilteredBackProjection.Filter.RAMP);
        double error = RadonGoldenTest.relativeL2(golden.data(), fbp);
        assertTrue(error < 1e-5, "relative L2 error " + error);
    }

    @ParameterizedTest
    @CsvSource({"ramp", "shepp_logan", "cosine", "hann"})
    void everyFilterReconstructsThePhantom(String name) {
        FloatImage phantom = TestImages.golden("phantom64.tif");
        FloatImage sinogram = TestImages.golden("phantom64_sinogram_45angles.tif");
        float[] fbp = FilteredBackProjection.reconstruct(sinogram.data(), 64, ProjectionAngles.evenlySpaced(45, 180),
                FilteredBackProjection.Filter.parse(name));
        double psnr = Psnr.of(phantom.data(), fbp);
        assertTrue(psnr > 22, name + ": PSNR " + psnr);
    }
}
