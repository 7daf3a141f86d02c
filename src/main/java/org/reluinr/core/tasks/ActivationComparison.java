package org.reluinr.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.Montage;
import org.reluinr.core.nn.Activations;

/**
 * The paper's comparison of INRs: the same task on the same data with every activation, each
 * at its default learning rate and ω₀, the other settings shared. A cancelled run stops the
 * comparison and keeps the activations done so far (the cancelled one with its best network).
 */
public final class ActivationComparison {

    /** One activation's run. */
    public record Entry(String activation, TaskResult result) {
    }

    private ActivationComparison() {
    }

    /**
     * @param progress the listener for each activation's run, by activation name
     */
    public static List<Entry> run(TaskRun task, FitSettings base, Function<String, ProgressListener> progress,
            Cancellation cancellation) {
        if (base.learnC()) {
            throw new IllegalArgumentException("learn_c applies to bw_relu only; switch it off to compare activations");
        }
        List<Entry> entries = new ArrayList<>();
        for (String activation : Activations.NAMES) {
            if (cancellation.isRequested()) {
                break;
            }
            FitSettings settings = base.toBuilder().activation(activation)
                    .learningRate(Activations.defaultLearningRate(activation)).build();
            entries.add(new Entry(activation, task.run(settings, progress.apply(activation), cancellation)));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("cancelled before the first fit");
        }
        return entries;
    }

    /** The reconstructions side by side, in the order of the entries. */
    public static FloatImage montage(List<Entry> entries) {
        return Montage.sideBySide(entries.stream().map(e -> e.result().reconstruction()).toList());
    }
}
