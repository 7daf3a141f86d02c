package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scijava.command.ContextCommand;

/** A SciJava command's run that fails in any way ends cancelled, with one message as the reason. */
class CommandFailuresTest {

    private static final class Probe extends ContextCommand {
        @Override
        public void run() {
        }
    }

    @Test
    void refusedInputKeepsItsOwnMessage() {
        Probe probe = new Probe();
        CommandFailures.report(probe, "Fit INR", null, new IllegalArgumentException("iterations must be a positive integer, got 0"));
        assertTrue(probe.isCanceled());
        assertEquals("iterations must be a positive integer, got 0", probe.getCancelReason());
    }

    @Test
    void anyOtherFailureBecomesTheMessageThatNamesTheFix() {
        Probe missing = new Probe();
        CommandFailures.report(missing, "Fit INR", null, new NoClassDefFoundError("org/nd4j/linalg/factory/Nd4j"));
        assertTrue(missing.isCanceled());
        assertTrue(missing.getCancelReason().startsWith("cannot find org.nd4j (ND4J, nd4j-*.jar;"), missing.getCancelReason());
        assertTrue(missing.getCancelReason().contains("copy target/fiji/ into Fiji.app/"), missing.getCancelReason());
        Probe memory = new Probe();
        CommandFailures.report(memory, "CT Reconstruction", null, new OutOfMemoryError("Java heap space"));
        assertTrue(memory.getCancelReason().startsWith("ran out of memory"), memory.getCancelReason());
    }
}
