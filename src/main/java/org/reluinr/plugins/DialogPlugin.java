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

    private final String command;
    private final Set<String> keys;

    /**
     * @param command the menu label, as in plugins.config
     * @param keys every macro key the dialog reads, in dialog order; any other key in a macro is refused
     */
    DialogPlugin(String command, Set<String> keys) {
        this.command = command;
        this.keys = keys;
    }

    /** Whether the command works on the active image (most do). */
    boolean needsImage() {
        return true;
    }

    /** Asks what must be known before the main dialog is built (nothing by default); false when the user cancelled. */
    boolean prepare() {
        return true;
    }

    abstract void addFields(GenericDialog gd);

    /** Reads the fields in the order they were added and computes the output. */
    abstract ImagePlus compute(ImagePlus input, GenericDialog gd);

    @Override
    public final void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        Messages.startRun();
        try {
            if (needsImage()) {
                TaskRunner.requireImage(input);
            }
            MacroOptions.requireKnownKeys(keys);
            if (!prepare()) {
                return;
            }
            CheckedDialog gd = new CheckedDialog(dialogTitle());
            addFields(gd);
            gd.showDialog();
            if (gd.wasCanceled()) {
                return;
            }
            compute(input, gd).show();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.error(command, needsImage() ? input : null, e.getMessage());
        }
    }

    /** The dialog's title for this command. */
    String dialogTitle() {
        return "ReLU-INR " + command.replace("...", "");
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
