package org.reluinr.imagej;

import java.util.function.BooleanSupplier;

import ij.IJ;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.Progress;
import org.reluinr.core.fit.ProgressListener;

/**
 * Shows training progress in ImageJ's progress bar and status line, and turns Esc or the
 * host's cancel request into a {@link Cancellation} (training also stops on interruption).
 */
public final class ImageJProgress implements ProgressListener {

    private final String label;
    private final Cancellation cancellation;
    private final BooleanSupplier hostCancel;

    public ImageJProgress(String label, Cancellation cancellation, BooleanSupplier hostCancel) {
        this.label = label;
        this.cancellation = cancellation;
        this.hostCancel = hostCancel;
    }

    @Override
    public void onStart(String plan) {
        // logged too: the plan says how much memory and time the run will take
        IJ.log("ReLU-INR " + label + ": " + plan);
        IJ.showStatus("ReLU-INR " + label + ": " + plan);
    }

    @Override
    public void onProgress(Progress progress) {
        IJ.showProgress(progress.iteration(), progress.totalIterations());
        IJ.showStatus("ReLU-INR " + label + ": " + progress.describe());
        if (IJ.escapePressed() || hostCancel.getAsBoolean()) {
            cancellation.cancel();
        }
    }
}
