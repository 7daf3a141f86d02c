package org.reluinr.core.classical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.reluinr.core.operators.LinearOperator;
import org.reluinr.core.operators.MeasurementSplit;

/**
 * Chooses the TV weight from the measurements alone (never from a ground truth): for each
 * candidate weight, reconstruct from the kept measurements of a {@link MeasurementSplit} and
 * score the mean squared residual on the held-out ones; the lowest score wins, and the final
 * reconstruction uses all measurements.
 *
 * <p>Candidates are multiples of ‖Aᵀy‖∞, the size of the data term's gradient at x = 0, so
 * they do not depend on the units of y or on the scaling of A. How much weight a problem
 * needs still differs by orders of magnitude between operators (CT is best near 10^−4, 4×
 * super-resolution near 10^−1), so the search covers the decades 10^−6 … 1 (the smallest is
 * almost plain non-negative least squares) and then the two half-decade neighbours of the
 * best decade: nine reconstructions. Since the data term sums over measurements, the chosen
 * weight is scaled by all / kept measurements for the final reconstruction, so that it
 * balances the data term as it did on the kept part.
 */
public final class TvWeightSelection {

    /** The decade grid relative to ‖Aᵀy‖∞: 10^FIRST_DECADE … 10^LAST_DECADE. */
    static final int FIRST_DECADE = -6;
    static final int LAST_DECADE = 0;

    private TvWeightSelection() {
    }

    /**
     * @param a the forward operator of a width × height image
     * @param y all measurements
     * @param split the kept / held-out partition of y
     */
    public static TvWeightChoice choose(LinearOperator a, float[] y, int width, int height, MeasurementSplit split,
            FeasibleSet set, TvReconstruction.Settings settings) {
        Vectors.requireLength(y, a.rangeSize(), "the measurements");
        double lipschitz = OperatorNorm.lipschitz(a);
        double scale = scale(a, y);
        Scorer scorer = new Scorer(split, a, y, new TvReconstruction(split.keptOperator(a), width, height, set,
                settings, lipschitz));
        int bestDecade = FIRST_DECADE;
        for (int d = FIRST_DECADE; d <= LAST_DECADE; d++) {
            if (scorer.score(Math.pow(10, d) * scale) < scorer.score(Math.pow(10, bestDecade) * scale)) {
                bestDecade = d;
            }
        }
        scorer.score(Math.pow(10, bestDecade - 0.5) * scale);
        scorer.score(Math.pow(10, bestDecade + 0.5) * scale);
        int n = scorer.weights.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(scorer.weights::get));
        double[] candidates = new double[n];
        double[] errors = new double[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            candidates[i] = scorer.weights.get(order[i]);
            errors[i] = scorer.errors.get(order[i]);
            if (errors[i] < errors[best]) {
                best = i;
            }
        }
        float[] fromKept = scorer.reconstructions.get(order[best]);
        double weight = candidates[best] * split.size() / split.kept().length;
        float[] reconstruction = new TvReconstruction(a, width, height, set, settings, lipschitz).solve(y, weight);
        return new TvWeightChoice(weight, scale, candidates, errors, best, reconstruction, fromKept);
    }

    /** Reconstructs from the kept measurements and scores on the held-out ones, once per weight. */
    private static final class Scorer {

        private final TvReconstruction onKept;
        private final MeasurementSplit split;
        private final LinearOperator a;
        private final float[] y;
        private final float[] kept;
        final List<Double> weights = new ArrayList<>();
        final List<Double> errors = new ArrayList<>();
        final List<float[]> reconstructions = new ArrayList<>();

        Scorer(MeasurementSplit split, LinearOperator a, float[] y, TvReconstruction onKept) {
            this.onKept = onKept;
            this.split = split;
            this.a = a;
            this.y = y;
            this.kept = split.keptValues(y);
        }

        double score(double weight) {
            int known = weights.indexOf(weight);
            if (known >= 0) {
                return errors.get(known);
            }
            float[] x = onKept.solve(kept, weight);
            double error = split.heldOutError(a, y, x);
            weights.add(weight);
            errors.add(error);
            reconstructions.add(x);
            return error;
        }
    }

    /** ‖Aᵀy‖∞, or 1 when it is zero (no data: every weight gives x = 0). */
    static double scale(LinearOperator a, float[] y) {
        float[] back = new float[a.domainSize()];
        a.adjoint(y, back);
        double max = 0;
        for (float v : back) {
            max = Math.max(max, Math.abs(v));
        }
        return max > 0 ? max : 1;
    }
}
