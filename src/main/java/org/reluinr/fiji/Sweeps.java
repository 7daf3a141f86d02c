package org.reluinr.fiji;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import ij.IJ;
import ij.ImagePlus;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.ActivationComparison;
import org.reluinr.core.tasks.ScaleSelection;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.ImageJProgress;
import org.reluinr.imagej.ImagePlusImgs;

/**
 * Fiji's front doors for running one task on one plane with several settings: comparing the
 * activations and choosing c. Each run is a row of the results table; the output image is
 * the montage of all results, or the chosen one's.
 */
public final class Sweeps {

    private Sweeps() {
    }

    /**
     * @param task the short task name (fit, superres, ct)
     * @param scale output pixels per input pixel along x and y
     * @param binder binds the task's data and options to given settings
     */
    public record Task(String task, int scale, Function<FitSettings, PlaneTask> binder) {
    }

    /** Every activation with its defaults; the output is their results side by side, in the table's order. */
    public static ImagePlus compare(ImagePlus input, Task task, FitSettings base, BooleanSupplier hostCancel) {
        TaskRun run = bind(input, task, "Compare Activations");
        return TaskRunner.exclusively(hostCancel, cancellation -> {
            List<ActivationComparison.Entry> entries = ActivationComparison.run(run, base,
                    activation -> new ImageJProgress(task.task() + " " + activation, cancellation, hostCancel),
                    cancellation);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("task", task.task());
            record.put("montage_order", String.join(", ", entries.stream().map(ActivationComparison.Entry::activation)
                    .toList()));
            List<TaskResult> results = entries.stream().map(ActivationComparison.Entry::result).toList();
            ImagePlus output = ResultImages.create(input, task.task() + "-compare", results, task.scale(),
                    List.of(ActivationComparison.montage(entries)), ResultImages.info(input, record, List.of()), false);
            ResultsReport.add(input, output, results, "run");
            return output;
        });
    }

    /**
     * Fits every candidate c to the same stop_loss; the output is the chosen fit (lowest path
     * norm), whose model is saved to {@code modelFile} unless that is null.
     */
    public static ImagePlus selectC(ImagePlus input, Task task, FitSettings base, double[] cValues, Path modelFile,
            BooleanSupplier hostCancel) {
        TaskRun run = bind(input, task, "Select c");
        ModelSaving.requireWritable(modelFile);
        return TaskRunner.exclusively(hostCancel, cancellation -> {
            ScaleSelection.Outcome outcome = ScaleSelection.run(run, cValues, base,
                    new ImageJProgress(task.task() + " select-c", cancellation, hostCancel), cancellation);
            // Every row says whether it was chosen; chosen_c belongs to the chosen result alone (its image and
            // model), since a table column of it would read 0 on the other rows.
            List<TaskResult> results = new ArrayList<>();
            for (ScaleSelection.Candidate k : outcome.candidates()) {
                k.result().extras().put("chosen", k == outcome.chosen());
                results.add(k.result());
            }
            TaskResult chosen = outcome.chosen().result();
            Map<String, Object> chosenValues = new LinkedHashMap<>(ReportValues.metrics(chosen));
            chosenValues.put("chosen_c", outcome.chosen().c());
            chosenValues.put("selection", outcome.reason());
            ImagePlus output = ResultImages.create(input, task.task(), results, task.scale(),
                    List.of(chosen.reconstruction()), ResultImages.info(input, chosen.settings().asMap(),
                    List.of(chosenValues)), false);
            ResultsReport.add(input, output, results, "run");
            if (modelFile != null) {
                chosen.extras().put("chosen_c", outcome.chosen().c());
                chosen.extras().put("selection", outcome.reason());
                ModelSaving.save(List.of(chosen), modelFile);
            }
            IJ.log("ReLU-INR select-c on " + input.getTitle() + ": c = " + outcome.chosen().c() + ", " + outcome.reason());
            return output;
        });
    }

    /** The task bound to the input's only plane, ready for any settings. */
    private static TaskRun bind(ImagePlus input, Task task, String command) {
        TaskRunner.requireImage(input);
        TaskRunner.requireSinglePlane(input, command);
        RandomAccessibleInterval<? extends RealType<?>> plane = ImagePlusImgs.wrap(input.getStack().getProcessor(1));
        return (settings, listener, cancellation) -> task.binder().apply(settings).run(1, plane, listener, cancellation)
                .task();
    }
}
