package org.reluinr.plugins;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

import ij.gui.GenericDialog;

/** The dialog field naming where to save the fitted model (empty: do not save). */
final class ModelFileField {

    static final String KEY = "model_file";

    private ModelFileField() {
    }

    /** A text field with a Browse button where there is a screen (headless dialogs know plain text fields only). */
    static void add(GenericDialog gd) {
        if (GraphicsEnvironment.isHeadless()) {
            gd.addStringField(KEY, "", 40);
        } else {
            gd.addFileField(KEY, "");
        }
    }

    /** The file, or null to save nothing. */
    static Path read(GenericDialog gd) {
        String path = gd.getNextString().trim();
        return path.isEmpty() ? null : Path.of(path);
    }
}
