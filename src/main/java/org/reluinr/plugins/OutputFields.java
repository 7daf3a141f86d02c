package org.reluinr.plugins;

import java.nio.file.Path;

import ij.gui.GenericDialog;

import org.reluinr.fiji.RunOptions;

/** The checkboxes that say how a training command presents its result, last in its main dialog. */
final class OutputFields {

    /** Keeps results 32-bit instead of the input's type. */
    static final String OUTPUT_32BIT = "output_32bit";
    static final String SHOW_PLOT = "show_plot";
    static final String PREVIEW = "preview";

    private OutputFields() {
    }

    /** @param outputType whether the user may choose the result's type (a CT result is always 32-bit) */
    static void add(GenericDialog gd, boolean outputType) {
        if (outputType) {
            gd.addCheckbox(OUTPUT_32BIT, false);
        }
        gd.addCheckbox(SHOW_PLOT, false);
        gd.addCheckbox(PREVIEW, false);
        gd.addMessage("     (preview: the image and the loss while training)");
    }

    static RunOptions read(GenericDialog gd, Path modelFile, boolean outputType) {
        boolean output32bit = !outputType || gd.getNextBoolean();
        boolean showPlot = gd.getNextBoolean();
        return new RunOptions(showPlot, gd.getNextBoolean(), modelFile, output32bit);
    }
}
