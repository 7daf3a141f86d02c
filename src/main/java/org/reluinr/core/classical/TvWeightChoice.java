package org.reluinr.core.classical;

/**
 * The outcome of choosing the TV weight on held-out measurements.
 *
 * @param weight the weight used for the final reconstruction on all measurements
 * @param scale the data-derived scale ‖Aᵀy‖∞ the candidates are multiples of
 * @param candidates the weights tried on the kept measurements, ascending (before the all / kept rescaling)
 * @param heldOutErrors the mean squared held-out residual of each candidate
 * @param best the index of the chosen candidate
 * @param reconstruction the reconstruction from all measurements with {@code weight}
 * @param keptReconstruction the chosen candidate's reconstruction from the kept measurements
 *     alone, the one whose held-out error was measured
 */
public record TvWeightChoice(double weight, double scale, double[] candidates, double[] heldOutErrors, int best,
        float[] reconstruction, float[] keptReconstruction) {

    /** The chosen candidate's mean squared error on the held-out measurements. */
    public double heldOutError() {
        return heldOutErrors[best];
    }

    /** As one of the classical reconstructions a guided run may start from. */
    public HeldOutChoice asChoice() {
        return new HeldOutChoice("tv", weight, candidates[best], reconstruction, keptReconstruction, heldOutError());
    }
}
