package org.reluinr.core.fit;

/** Receives one {@link Progress} per iteration, on the training thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
