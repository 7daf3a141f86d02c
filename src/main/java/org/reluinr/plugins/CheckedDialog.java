package org.reluinr.plugins;

import ij.gui.GenericDialog;

/**
 * A command's main dialog. A macro's value for a numeric field is checked as the field is
 * added, so the fields themselves define which keys take numbers, and a value that is not a
 * number is refused before ImageJ reads it: ImageJ would stop a batch run with a modal
 * "Numeric value expected" dialog, and headless ImageJ reads the value when the field is added.
 */
final class CheckedDialog extends GenericDialog {

    CheckedDialog(String title) {
        super(title);
    }

    // Every overload is checked: headless ImageJ's dialog does not route them through one.
    @Override
    public void addNumericField(String label, double defaultValue) {
        MacroOptions.requireNumber(label, defaultValue);
        super.addNumericField(label, defaultValue);
    }

    @Override
    public void addNumericField(String label, double defaultValue, int digits) {
        MacroOptions.requireNumber(label, defaultValue);
        super.addNumericField(label, defaultValue, digits);
    }

    @Override
    public void addNumericField(String label, double defaultValue, int digits, int columns, String units) {
        MacroOptions.requireNumber(label, defaultValue);
        super.addNumericField(label, defaultValue, digits, columns, units);
    }
}
