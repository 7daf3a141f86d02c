package org.reluinr.core.tasks;

import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.io.NumberList;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.ProgressListener;

/**
 * Chooses the BW-ReLU scale c the paper's way: fit the same data with each candidate c until
 * the data loss reaches {@code stop_loss} (or the iteration budget runs out), and among the
 * fits that reached it keep the one whose network has the lowest path norm, the most
 * regular function that explains the measurements equally well. When no candidate reaches
 * the loss, the lowest loss wins and the outcome says so.
 */
public final class ScaleSelection {

    /** One candidate's fit. */
    public record Candidate(double c, TaskResult result) {
        public boolean reachedFit() {
            return result.fit().status() == FitStatus.REACHED_STOP_LOSS;
        }
    }

    /** All candidates in the order tried, the chosen one, and why it was chosen. */
    public record Outcome(List<Candidate> candidates, Candidate chosen, String reason) {
    }

    /** The candidates the paper's experiments use. */
    public static final String DEFAULT_C_VALUES = "1,2,3,5,9";

    /** The data loss every candidate must reach unless the user sets another (training scale, [0, 1] images). */
    public static final double DEFAULT_STOP_LOSS = 1e-4;

    private ScaleSelection() {
    }

    /** Parses a list of candidate values of c such as "1, 2, 3". */
    public static double[] parseCValues(String list) {
        return NumberList.parse("c_values", list, v -> v > 0 && Double.isFinite(v), "positive numbers");
    }

    public static Outcome run(TaskRun task, double[] cValues, FitSettings base, ProgressListener listener,
            Cancellation cancellation) {
        if (cValues.length == 0) {
            throw new IllegalArgumentException("c_values: give at least one value of c");
        }
        if (!(base.stopLoss() > 0)) {
            throw new IllegalArgumentException("choosing c needs a positive stop_loss, the data fit every c must reach");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (double c : cValues) {
            if (cancellation.isRequested()) {
                break;
            }
            candidates.add(new Candidate(c, task.run(base.toBuilder().c(c).build(), listener, cancellation)));
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("cancelled before the first fit");
        }
        Candidate chosen = null;
        for (Candidate k : candidates) {
            if (k.reachedFit() && (chosen == null || k.result().fit().pathNorm() < chosen.result().fit().pathNorm())) {
                chosen = k;
            }
        }
        if (chosen != null) {
            return new Outcome(candidates, chosen, "lowest path norm among the fits that reached stop_loss");
        }
        for (Candidate k : candidates) {
            if (chosen == null || k.result().fit().bestLoss() < chosen.result().fit().bestLoss()) {
                chosen = k;
            }
        }
        return new Outcome(candidates, chosen,
                "no c reached stop_loss within the iteration budget; chose the lowest data loss");
    }
}
