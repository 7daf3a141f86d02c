package org.reluinr.plugins;

import java.awt.Choice;
import java.awt.Component;
import java.awt.Label;
import java.awt.TextField;
import java.awt.GraphicsEnvironment;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import ij.Macro;
import ij.gui.GenericDialog;
import ij.gui.MultiLineLabel;
import ij.util.Tools;

/**
 * The line of a dialog that says what the run will take (or why it cannot run), kept up to
 * date as the user edits the fields it reads. Only on a screen: a macro reads no dialog.
 */
final class EstimateLine {

    private EstimateLine() {
    }

    /** Whether a user sees the dialog. */
    static boolean shown() {
        return !GraphicsEnvironment.isHeadless() && Macro.getOptions() == null;
    }

    /** The current value of the numeric field added last; NaN while its text is not a number (or nobody sees it). */
    static DoubleSupplier lastNumber(GenericDialog gd) {
        if (!shown()) {
            return () -> Double.NaN;
        }
        TextField field = (TextField) gd.getNumericFields().lastElement();
        return () -> Tools.parseDouble(field.getText(), Double.NaN);
    }

    /** The current text of the string field added last (empty when nobody sees it). */
    static Supplier<String> lastText(GenericDialog gd) {
        if (!shown()) {
            return () -> "";
        }
        TextField field = (TextField) gd.getStringFields().lastElement();
        return field::getText;
    }

    /** The current item of the choice added last ({@code hidden} when nobody sees it). */
    static Supplier<String> lastChoice(GenericDialog gd, String hidden) {
        if (!shown()) {
            return () -> hidden;
        }
        Choice choice = (Choice) gd.getChoices().lastElement();
        return choice::getSelectedItem;
    }

    /** Adds the line (when shown), computed now and again after every change of a field. */
    static void add(GenericDialog gd, Supplier<String> estimate) {
        if (!shown()) {
            return;
        }
        gd.addMessage(DialogPlugin.wrap(text(estimate)) + "\n ");
        Component line = gd.getMessage();
        gd.addDialogListener((dialog, event) -> {
            String text = DialogPlugin.wrap(text(estimate));
            if (line instanceof MultiLineLabel multi) {
                multi.setText(text);
            } else if (line instanceof Label label) {
                label.setText(text);
            }
            return true;
        });
    }

    private static String text(Supplier<String> estimate) {
        try {
            return estimate.get();
        } catch (IllegalArgumentException e) {
            return "cannot run: " + e.getMessage();
        }
    }
}
