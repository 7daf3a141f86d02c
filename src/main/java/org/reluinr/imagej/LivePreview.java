package org.reluinr.imagej;

import java.util.Arrays;
import java.util.function.Supplier;

import ij.ImagePlus;
import ij.gui.ImageWindow;
import ij.gui.Plot;
import ij.gui.PlotWindow;
import ij.process.FloatProcessor;

import org.reluinr.core.fit.Progress;

/**
 * Two windows that show a run while it trains: the current reconstruction (the middle slice
 * of a volume, the first channel of a colour image, on the [0, 1] training scale) and the
 * loss so far, both refreshed every {@link #REFRESH_MILLIS}, so a user sees the image improve
 * and can press Esc once it is good enough. Closed when the run ends: the result replaces it.
 */
public final class LivePreview {

    public static final long REFRESH_MILLIS = 3000;

    private final String title;
    private ImagePlus image;
    private PlotWindow lossWindow;
    private double[] losses = new double[256];
    private int count;
    private long lastRefresh = System.nanoTime();

    /** @param title the title of the result this previews; the windows add " (preview)" and " (loss)" */
    public LivePreview(String title) {
        this.title = title;
    }

    void record(Progress progress) {
        if (count == losses.length) {
            losses = Arrays.copyOf(losses, 2 * count);
        }
        losses[count++] = progress.loss();
    }

    void offer(int[] gridSizes, Supplier<float[]> output) {
        long now = System.nanoTime();
        if (now - lastRefresh < REFRESH_MILLIS * 1_000_000) {
            return;
        }
        lastRefresh = now;
        int w = gridSizes[0];
        int h = gridSizes.length > 1 ? gridSizes[1] : 1;
        int middle = gridSizes.length > 2 ? gridSizes[2] / 2 : 0;
        float[] plane = Arrays.copyOfRange(output.get(), middle * w * h, (middle + 1) * w * h);
        showImage(new FloatProcessor(w, h, plane));
        showLoss();
    }

    private void showImage(FloatProcessor plane) {
        plane.setMinAndMax(0, 1);
        if (image == null || image.getWidth() != plane.getWidth() || image.getHeight() != plane.getHeight()) {
            closeImage();
            image = new ImagePlus(title + " (preview)", plane);
            image.show();
        } else {
            image.setProcessor(plane);
            image.updateAndDraw();
        }
    }

    private void showLoss() {
        // log10 by hand: a loss falls over decades, and ImageJ's log axis varies between versions
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = i + 1;
            y[i] = Math.log10(losses[i]);
        }
        Plot plot = new Plot(title + " (loss)", "iteration", "log10 loss");
        plot.addPoints(x, y, Plot.LINE);
        if (lossWindow == null || lossWindow.isClosed()) {
            lossWindow = plot.show();
            ImageWindow beside = image.getWindow();
            if (beside != null) {
                lossWindow.setLocation(beside.getX() + beside.getWidth() + 10, beside.getY());
            }
        } else {
            lossWindow.drawPlot(plot);
        }
    }

    private void closeImage() {
        if (image != null) {
            image.changes = false;
            image.close();
            image = null;
        }
    }

    /** Closes both windows (those the user has not closed already). */
    public void close() {
        closeImage();
        if (lossWindow != null && !lossWindow.isClosed()) {
            lossWindow.close();
        }
    }
}
