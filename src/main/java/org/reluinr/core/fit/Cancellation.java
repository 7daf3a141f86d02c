package org.reluinr.core.fit;

/**
 * A cancel request that any thread may raise. Training also stops when its own thread is
 * interrupted, so a host's usual cancel mechanisms work without this class.
 */
public final class Cancellation {

    private volatile boolean requested;

    public void cancel() {
        requested = true;
    }

    public boolean isRequested() {
        return requested || Thread.currentThread().isInterrupted();
    }
}
