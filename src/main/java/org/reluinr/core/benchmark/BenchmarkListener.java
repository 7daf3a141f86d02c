package org.reluinr.core.benchmark;

/** Told as the benchmark goes, so that a long run can be followed. */
public interface BenchmarkListener {

    default void trialStarting(Trial<?> trial) {
    }

    void methodDone(Outcome outcome);
}
