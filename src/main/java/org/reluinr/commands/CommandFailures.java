package org.reluinr.commands;

import org.scijava.command.ContextCommand;

import ij.ImagePlus;

import org.reluinr.core.Failures;
import org.reluinr.imagej.Messages;

/**
 * How a SciJava command reports a run that gave no result: refused input by its own message,
 * any other failure (a missing library, ND4J's native library, memory, a bug) as the one message
 * of {@link Failures}; either way one message and the command's cancel reason, never silence.
 */
final class CommandFailures {

    private CommandFailures() {
    }

    /** @param image the command's input image, named in the message, or null */
    static void report(ContextCommand command, String name, ImagePlus image, Throwable failure) {
        String message = Failures.reason(failure, Failures.Door.SCIJAVA);
        Messages.error(name, image, message);
        command.cancel(message);
    }
}
