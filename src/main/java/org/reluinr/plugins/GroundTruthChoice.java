package org.reluinr.plugins;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;

/** The dialog field choosing an open image as ground truth, for metrics only. */
final class GroundTruthChoice {

    static final String KEY = "ground_truth";
    private static final String NONE = "none";

    private GroundTruthChoice() {
    }

    static void add(GenericDialog gd) {
        String[] titles = WindowManager.getImageTitles();
        String[] choices = new String[titles.length + 1];
        choices[0] = NONE;
        System.arraycopy(titles, 0, choices, 1, titles.length);
        gd.addChoice(KEY, choices, NONE);
    }

    /** The chosen image, or null for none. */
    static ImagePlus read(GenericDialog gd) {
        String title = gd.getNextChoice();
        if (title.equals(NONE)) {
            return null;
        }
        ImagePlus image = WindowManager.getImage(title);
        if (image == null) {
            throw new IllegalArgumentException("ground_truth: no open image is titled '" + title + "'");
        }
        return image;
    }
}
