package org.reluinr.core.fit;

import java.util.function.Supplier;

/** Receives one {@link Progress} per iteration, on the training thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);

    /** Told once before the first iteration what the run needs (network, memory, chunks). */
    default void onStart(String plan) {
    }

    /**
     * Offered after each {@link #onProgress}: the current network's output on a grid of
     * {@code gridSizes} (x fastest), channel-planar on the [0, 1] scale. The supplier copies
     * it, so a listener that shows it now and then pays only when it does.
     */
    default void onOutput(int[] gridSizes, Supplier<float[]> output) {
    }
}
