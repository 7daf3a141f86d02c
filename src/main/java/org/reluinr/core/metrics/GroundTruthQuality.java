package org.reluinr.core.metrics;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;

/**
 * Quality of a result against a ground truth given in its own units: both are mapped with
 * the ground truth's min–max range to its [0, 1] scale, then compared with data range 1.
 */
public final class GroundTruthQuality {

    private GroundTruthQuality() {
    }

    public static ImageQuality of(FloatImage groundTruth, FloatImage result) {
        IntensityRange range = IntensityRange.of(groundTruth);
        return ImageQuality.of(range.normalise(groundTruth), range.normalise(result));
    }
}
