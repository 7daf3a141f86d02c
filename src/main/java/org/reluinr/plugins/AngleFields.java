package org.reluinr.plugins;

import ij.gui.GenericDialog;

import org.reluinr.fiji.Angles;

/** The fields that say at which angles a sinogram's rows were taken. */
final class AngleFields {

    static final String RANGE = "angle_range";
    static final String LIST = "angle_list";

    private AngleFields() {
    }

    static void add(GenericDialog gd) {
        gd.addNumericField(RANGE, Angles.DEFAULT_RANGE, 2, 6, "degrees");
        gd.addStringField(LIST, "", 30);
        gd.addMessage("The sinogram has one row per angle; when angle_list (degrees, e.g. 0, 4.5, 9) is empty,\n"
                + "its rows are evenly spaced over [0, angle_range)");
    }
}
