package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/** What a CT method gets: the sinogram (one row per angle, n bins) and its angles in degrees. */
public record CtInput(FloatImage sinogram, double[] anglesDegrees) {
}
