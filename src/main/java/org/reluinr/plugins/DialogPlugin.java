package org.reluinr.plugins;

import java.util.Set;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.Messages;

/**
 * An ImageJ 1.x menu command of ReLU-INR: takes the active image, shows a dialog whose labels
 * are the macro keys (so the recorder writes them), shows the output in a new window, and
 * reports refused input as one message.
 */
abstract class DialogPlugin implements PlugIn {

    /** The menu label, as in plugins.config. */
    abstract String command();

    /** Every macro key the dialog reads; any other key in a macro is refused. */
    abstract Set<String> keys();

    abstract void addFields(GenericDialog gd);

    /** Reads the fields in the order they were added and computes the output. */
    abstract ImagePlus compute(ImagePlus input, GenericDialog gd);

    @Override
    public final void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        try {
            TaskRunner.requireImage(input);
            MacroOptions.requireKnownKeys(keys());
            GenericDialog gd = new GenericDialog("ReLU-INR " + command().replace("...", ""));
            addFields(gd);
            gd.showDialog();
            if (gd.wasCanceled()) {
                return;
            }
            compute(input, gd).show();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.error(command(), e.getMessage());
        }
    }

    static double number(GenericDialog gd, String key) {
        double v = gd.getNextNumber();
        if (gd.invalidNumber()) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        return v;
    }

    static int integer(GenericDialog gd, String key) {
        double v = number(gd, key);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + v);
        }
        return (int) v;
    }
}
