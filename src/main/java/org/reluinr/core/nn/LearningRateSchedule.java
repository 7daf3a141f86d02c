package org.reluinr.core.nn;

/** Exponential decay from {@code initial} at the first step to a tenth of it at the last. */
public record LearningRateSchedule(double initial, int totalSteps) {

    /** Learning rate of step t, 0-based: initial · 0.1^(t / T). */
    public double at(int t) {
        return initial * Math.pow(0.1, (double) t / totalSteps);
    }
}
