package org.reluinr.core.fit;

/**
 * Where a training step's time goes, summed over the steps since the last {@link #reset()}:
 * the network's forward and backward passes (GEMMs included; the network counts those
 * itself), the data loss (the operator's forward and adjoint, and the residual), and the
 * optimiser with the weight regularisers. Read by the benchmark.
 */
public final class StepTimes {

    long forwardNanos;
    long lossNanos;
    long backwardNanos;
    long optimiserNanos;

    public void reset() {
        forwardNanos = 0;
        lossNanos = 0;
        backwardNanos = 0;
        optimiserNanos = 0;
    }

    /** Forward and backward passes of the network, GEMMs included. */
    public long networkNanos() {
        return forwardNanos + backwardNanos;
    }

    public long lossNanos() {
        return lossNanos;
    }

    public long optimiserNanos() {
        return optimiserNanos;
    }
}
