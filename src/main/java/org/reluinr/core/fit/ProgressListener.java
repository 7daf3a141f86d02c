package org.reluinr.core.fit;

/** Receives one {@link Progress} per iteration, on the training thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);

    /** Told once before the first iteration what the run needs (network, memory, chunks). */
    default void onStart(String plan) {
    }
}
