package org.reluinr.imagej;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;

/**
 * User-facing errors: a dialog in the GUI, one log line when headless or in batch mode. The
 * last refusal is kept for macros, which cannot catch it: a batch macro reads it with
 * {@code call("org.reluinr.imagej.Messages.lastRefusal")} to report a skipped image.
 */
public final class Messages {

    private static volatile String lastRefusal = "";

    private Messages() {
    }

    public static void error(String command, String message) {
        error(command, null, message);
    }

    /**
     * Reports a refused run, naming the image it was given (none when {@code image} is null or
     * empty), so a batch run's log says which image each refusal is about.
     */
    public static void error(String command, ImagePlus image, String message) {
        lastRefusal = message;
        String title = "ReLU-INR " + command + (image == null || image.getWidth() == 0 ? "" : " on " + image.getTitle());
        if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) {
            IJ.log(title + ": " + message);
        } else {
            IJ.error(title, message);
        }
    }

    /** Forgets the last refusal: called as a command starts, so a refusal read later is this run's. */
    public static void startRun() {
        lastRefusal = "";
    }

    /** The reason the last ReLU-INR command run was refused; empty when it was not. */
    public static String lastRefusal() {
        return lastRefusal;
    }
}
