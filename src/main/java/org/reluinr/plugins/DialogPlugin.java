package org.reluinr.plugins;

import java.util.Set;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.reluinr.core.Failures;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.Messages;
import org.reluinr.imagej.RunLock;

/**
 * An ImageJ 1.x menu command of ReLU-INR: takes the active image, checks what can be checked
 * before asking anything, shows a dialog whose labels are the macro keys (so the recorder
 * writes them) with a Help button, shows the output in a new window, and reports refused
 * input as one message.
 */
abstract class DialogPlugin implements PlugIn {

    /** The README section on the menu commands, which every dialog's Help button opens. */
    static final String HELP_URL = "https://github.com/reluinr/relu-inr#menu-commands-dialogs-and-macros";

    /** The longest line of a help text in a dialog. */
    static final int LINE = 64;

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

    /** Every macro key the command reads. */
    Set<String> keys() {
        return keys;
    }

    /** Whether the command works on the active image (most do). */
    boolean needsImage() {
        return true;
    }

    /** Whether the command trains a network: then it needs a pixel or two, and no other run in progress. */
    boolean trains() {
        return true;
    }

    /** Asks what must be known before the main dialog is built (nothing by default); false when the user cancelled. */
    boolean prepare() {
        return true;
    }

    /** @param input the active image (null for a command that needs none) */
    abstract void addFields(GenericDialog gd, ImagePlus input);

    /**
     * Reads the fields in the order they were added and computes the output.
     *
     * @return the output, or null when the user cancelled a further dialog
     */
    abstract ImagePlus compute(ImagePlus input, GenericDialog gd);

    @Override
    public final void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        Messages.startRun();
        try {
            if (needsImage()) {
                TaskRunner.requireImage(input);
            }
            if (trains()) {
                RunLock.requireIdle();
                if (needsImage()) {
                    InputChecks.requirePixels((long) input.getWidth() * input.getHeight(), "the image");
                }
            }
            MacroOptions.requireKnownKeys(keys);
            if (!prepare()) {
                return;
            }
            CheckedDialog gd = new CheckedDialog(dialogTitle());
            addFields(gd, input);
            addHelp(gd);
            gd.showDialog();
            if (gd.wasCanceled()) {
                return;
            }
            ImagePlus output = compute(input, gd);
            if (output != null) {
                output.show();
            }
        } catch (Throwable e) {
            Messages.error(command, needsImage() ? input : null, Failures.reason(e, Failures.Door.IMAGEJ));
        }
    }

    /** A help text broken into lines of at most {@link #LINE} characters, so a dialog stays narrow. */
    static String wrap(String text) {
        StringBuilder lines = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (lines.length() > lineStart && lines.length() - lineStart + word.length() >= LINE) {
                lines.append('\n');
                lineStart = lines.length();
            } else if (lines.length() > lineStart) {
                lines.append(' ');
            }
            lines.append(word);
        }
        return lines.toString();
    }

    static void addHelp(GenericDialog gd) {
        gd.addHelp(HELP_URL);
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
        return whole(number(gd, key), key);
    }

    /** The value as an int, or a refusal naming the key when it is not a whole number. */
    static int whole(double v, String key) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + v);
        }
        return (int) v;
    }
}
