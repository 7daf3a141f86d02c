package org.reluinr.fiji;

import java.util.List;

import ij.gui.Plot;

import org.reluinr.core.tasks.TaskResult;

/** The loss per iteration of each plane, as an ImageJ plot with a logarithmic loss axis. */
final class TrainingCurve {

    private TrainingCurve() {
    }

    static void show(String title, List<TaskResult> results) {
        Plot plot = new Plot(title + " training curve", "iteration", "loss");
        plot.setLogScaleY();
        for (TaskResult r : results) {
            double[] loss = r.fit().lossHistory();
            double[] iteration = new double[loss.length];
            for (int i = 0; i < loss.length; i++) {
                iteration[i] = i + 1;
            }
            plot.add("line", iteration, loss);
        }
        plot.show();
    }
}
