package org.reluinr.imagej;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import ij.IJ;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.Progress;
import org.reluinr.core.fit.ProgressListener;

/**
 * Shows training progress in ImageJ's progress bar and status line (and in a live preview
 * when one is given), and turns Esc or the host's cancel request into a {@link Cancellation}
 * (training also stops on interruption).
 */
public final class ImageJProgress implements ProgressListener {

    /** Ends every status line of a run, so the way out is always in sight. */
    public static final String CANCEL_HINT = "Esc to cancel";

    /** "ReLU-INR <label>: ", what every line of the run starts with. */
    private final String prefix;
    private final Cancellation cancellation;
    private final BooleanSupplier hostCancel;
    private final LivePreview preview;

    public ImageJProgress(String label, Cancellation cancellation, BooleanSupplier hostCancel) {
        this(label, cancellation, hostCancel, null);
    }

    /** @param preview the live preview to update, or null */
    public ImageJProgress(String label, Cancellation cancellation, BooleanSupplier hostCancel, LivePreview preview) {
        this.prefix = "ReLU-INR " + label + ": ";
        this.cancellation = cancellation;
        this.hostCancel = hostCancel;
        this.preview = preview;
    }

    @Override
    public void onStart(String plan) {
        // logged too: the plan says how much memory and time the run will take
        IJ.log(prefix + plan);
        IJ.showStatus(prefix + plan + "  (" + CANCEL_HINT + ")");
    }

    @Override
    public void onProgress(Progress progress) {
        IJ.showProgress(progress.iteration(), progress.totalIterations());
        IJ.showStatus(prefix + progress.brief(" (" + CANCEL_HINT + ")"));
        if (preview != null) {
            preview.record(progress);
        }
        if (IJ.escapePressed() || hostCancel.getAsBoolean()) {
            cancellation.cancel();
        }
    }

    @Override
    public void onOutput(int[] gridSizes, Supplier<float[]> output) {
        if (preview != null) {
            preview.offer(gridSizes, output);
        }
    }
}
