package org.reluinr.imagej;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.macro.Interpreter;

/** User-facing errors: a dialog in the GUI, one log line when headless or in batch mode. */
public final class Messages {

    private Messages() {
    }

    public static void error(String command, String message) {
        if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) {
            IJ.log("ReLU-INR " + command + ": " + message);
        } else {
            IJ.error("ReLU-INR " + command, message);
        }
    }
}
