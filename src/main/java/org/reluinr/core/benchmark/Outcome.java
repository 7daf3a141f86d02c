package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/** One method's result on one case and image: its score, its run time and the image itself. */
public record Outcome(String caseName, Family family, String image, String method, Score score, double seconds,
        FloatImage result) {
}
