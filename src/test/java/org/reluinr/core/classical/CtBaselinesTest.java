package org.reluinr.core.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.operators.FilteredBackProjection;
import org.reluinr.core.operators.MeasurementSplit;
import org.reluinr.core.operators.ProjectionAngles;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.operators.SupportCircle;
import org.reluinr.testing.TestImages;

/**
 * Sparse-view CT of the 64² phantom (20 angles, noise-free): the iterative baselines against
 * FBP, and the TV weight chosen on held-out angles.
 */
class CtBaselinesTest {

    private static final int N = 64;
    private static final int ANGLES = 20;
    private static float[] phantom;
    private static RadonOperator radon;
    private static float[] sinogram;
    private static double fbpPsnr;

    @BeforeAll
    static void simulate() {
        phantom = TestImages.golden("phantom64.tif").data();
        double[] angles = ProjectionAngles.evenlySpaced(ANGLES, 180);
        radon = new RadonOperator(N, angles);
        sinogram = new float[radon.rangeSize()];
        radon.apply(phantom, sinogram);
        fbpPsnr = psnr(FilteredBackProjection.reconstruct(sinogram, N, angles, FilteredBackProjection.Filter.RAMP));
    }

    private static double psnr(float[] image) {
        return Psnr.of(phantom, image, Psnr.dataRange(phantom));
    }

    private static FeasibleSet circle() {
        return FeasibleSet.nonNegative(SupportCircle.of(N));
    }

    @Test
    void nonNegativeLeastSquaresBeatsFbp() {
        double nnls = psnr(NonNegativeLeastSquares.solve(radon, sinogram, circle(),
                NonNegativeLeastSquares.DEFAULT_ITERATIONS));
        // measured: FBP 24.6 dB, NNLS 34.7 dB
        assertTrue(nnls > fbpPsnr + 8, "NNLS " + nnls + " dB, FBP " + fbpPsnr + " dB");
    }

    @Test
    void tvReconstructionWithTheChosenWeightBeatsFbp() {
        MeasurementSplit split = MeasurementSplit.wholeRows(ANGLES, N, MeasurementSplit.DEFAULT_HELD_OUT, 0);
        TvWeightChoice choice = TvWeightSelection.choose(radon, sinogram, N, N, split, circle(),
                TvReconstruction.Settings.defaults());
        double tv = psnr(choice.reconstruction());
        // measured: 35.3 dB against FBP's 24.6 (weight 3.2e-4 ‖Aᵀy‖∞)
        assertTrue(tv > fbpPsnr + 9, "TV " + tv + " dB, FBP " + fbpPsnr + " dB");
        assertTrue(choice.best() > 0, "the held-out error must prefer some regularisation: " + Arrays.toString(
                choice.heldOutErrors()));
        assertEquals(choice.candidates().length, choice.heldOutErrors().length);
        for (int i = 1; i < choice.candidates().length; i++) {
            assertTrue(choice.candidates()[i] > choice.candidates()[i - 1], "ascending candidates");
        }
        assertEquals(choice.candidates()[choice.best()] * ANGLES / (ANGLES - 2), choice.weight(), 1e-9 * choice.weight(),
                "the weight is rescaled from kept to all measurements");
    }

    @Test
    void tvReconstructionIsDeterministic() {
        TvReconstruction tv = new TvReconstruction(radon, N, N, circle(), new TvReconstruction.Settings(20, 5));
        assertArrayEquals(tv.solve(sinogram, 1), tv.solve(sinogram, 1));
    }

    /**
     * The weight choice must not be able to see a ground truth: apart from the measurements
     * its public entry points take no image-sized float array, and nothing but operators,
     * sizes, the split, the constraint set and iteration settings.
     */
    @Test
    void weightChoiceTakesNoGroundTruth() {
        int entries = 0;
        for (Method m : TvWeightSelection.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            entries++;
            long floatArrays = Arrays.stream(m.getParameterTypes()).filter(float[].class::equals).count();
            assertEquals(1, floatArrays, m + " takes exactly one float[]: the measurements");
            for (Class<?> type : m.getParameterTypes()) {
                assertTrue(Arrays.asList(float[].class, int.class, org.reluinr.core.operators.LinearOperator.class,
                        MeasurementSplit.class, FeasibleSet.class, TvReconstruction.Settings.class).contains(type),
                        m + " takes a " + type);
            }
        }
        assertTrue(entries > 0);
    }
}
