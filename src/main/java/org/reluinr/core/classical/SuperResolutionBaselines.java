package org.reluinr.core.classical;

import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.core.operators.MeasurementSplit;

/**
 * TV super-resolution of one channel, alone and blended with back-projection, as the command
 * line, the benchmark and the INR's guided start run it: block averages as the forward model,
 * x ≥ 0 when the channel is (8-, 16-bit and RGB images always are), and the weight chosen on
 * held-out low-resolution pixels.
 */
public final class SuperResolutionBaselines {

    private SuperResolutionBaselines() {
    }

    /** The constraint a channel's values allow. */
    public static FeasibleSet feasibleSet(float[] channel) {
        for (float v : channel) {
            if (v < 0) {
                return FeasibleSet.unconstrained();
            }
        }
        return FeasibleSet.nonNegative();
    }

    /** The split that holds out 10% of the low-resolution pixels. */
    public static MeasurementSplit heldOutPixels(int pixels, long seed) {
        return MeasurementSplit.entries(pixels, MeasurementSplit.DEFAULT_HELD_OUT, seed);
    }

    public static float[] tv(float[] low, int width, int height, int scale, double weight,
            TvReconstruction.Settings settings) {
        return new TvReconstruction(new AveragePoolOperator(width, height, scale), width * scale, height * scale,
                feasibleSet(low), settings).solve(low, weight);
    }

    public static TvWeightChoice tvAuto(float[] low, int width, int height, int scale,
            TvReconstruction.Settings settings, long seed) {
        return TvWeightSelection.choose(new AveragePoolOperator(width, height, scale), low, width * scale,
                height * scale, heldOutPixels(width * height, seed), feasibleSet(low), settings);
    }

    /** The TV / IBP blend, TV's weight chosen on held-out pixels of this seed. */
    public static TvIbpBlend tvIbpAuto(float[] low, int width, int height, int scale,
            TvReconstruction.Settings settings, long seed) {
        return TvIbpBlend.choose(low, width, height, scale, settings, heldOutPixels(width * height, seed), seed);
    }
}
