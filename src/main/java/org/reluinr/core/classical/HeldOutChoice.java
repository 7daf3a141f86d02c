package org.reluinr.core.classical;

/**
 * A classical reconstruction whose free choices (the method, its weight) were made on
 * held-out measurements, never on a ground truth.
 *
 * @param method the method: {@code tv}, {@code tv+ibp} or {@code tv+ibp_directional} ({@link TvIbpBlend#label})
 * @param weight the TV weight of the reconstruction from all measurements (0 for a method without one)
 * @param keptWeight the TV weight of the reconstruction from the kept measurements
 * @param reconstruction from all measurements
 * @param keptReconstruction from the kept measurements alone, the one whose held-out error was measured
 * @param heldOutError its mean squared residual on the held-out measurements
 */
public record HeldOutChoice(String method, double weight, double keptWeight, float[] reconstruction,
        float[] keptReconstruction, double heldOutError) {
}
