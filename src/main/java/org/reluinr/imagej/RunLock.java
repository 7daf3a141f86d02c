package org.reluinr.imagej;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets one ReLU-INR run use the CPU at a time: a second run started from a menu, macro or
 * script while one trains is refused with a message instead of halving both runs' speed.
 */
public final class RunLock implements AutoCloseable {

    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private RunLock() {
    }

    public static RunLock acquire() {
        if (!RUNNING.compareAndSet(false, true)) {
            throw busy();
        }
        return new RunLock();
    }

    /** Refuses at once, before a dialog asks for anything, when a run is in progress. */
    public static void requireIdle() {
        if (RUNNING.get()) {
            throw busy();
        }
    }

    private static IllegalStateException busy() {
        return new IllegalStateException("another ReLU-INR run is in progress; wait for it to finish"
                + " or cancel it (Esc) before starting a new one");
    }

    @Override
    public void close() {
        RUNNING.set(false);
    }
}
