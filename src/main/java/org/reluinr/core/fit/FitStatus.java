package org.reluinr.core.fit;

/** How a fit ended. In every case the result holds the best network seen. */
public enum FitStatus {
    COMPLETED,
    REACHED_STOP_LOSS,
    CANCELLED,
    DIVERGED
}
