package org.reluinr.fiji;

import java.awt.GraphicsEnvironment;
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
import ij.ImageStack;
import ij.macro.Interpreter;

import org.reluinr.api.InrResult;
import org.reluinr.core.Version;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.imagej.ImageJProgress;
import org.reluinr.imagej.ImagePlusConverter;
import org.reluinr.imagej.ImagePlusImgs;
import org.reluinr.imagej.LivePreview;
import org.reluinr.imagej.RunLock;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * What every Fiji front door does once its parameters are valid: run the task on each plane
 * of the input (shared, never modified), then build the output image and report the metrics.
 * A cancelled or diverged plane ends the run; the output holds the planes done so far, the
 * last one being that plane's best network.
 */
public final class TaskRunner {

    private TaskRunner() {
    }

    /** Refuses a missing image; SciJava fills an unset ImagePlus input with an empty one, so that counts too. */
    public static void requireImage(ImagePlus input) {
        if (input == null || input.getWidth() == 0 || input.getStackSize() == 0) {
            throw new IllegalArgumentException("no image is open; open or select the input image first");
        }
    }

    /** Refuses a stack for commands that take one plane, saying what to do instead. */
    public static void requireSinglePlane(ImagePlus input, String command) {
        if (input.getStackSize() > 1) {
            throw new IllegalArgumentException("the image is a stack of " + input.getStackSize() + " planes; " + command
                    + " takes a single plane: pick one with Image > Duplicate..., or loop over the slices in a macro");
        }
    }

    /**
     * The ground truth's plane for input plane {@code planeNumber}: null without a ground truth,
     * its only plane, or the plane at the same position.
     */
    public static RandomAccessibleInterval<? extends RealType<?>> groundTruthPlane(ImagePlus truth, int planeNumber,
            int inputPlanes) {
        if (truth == null || truth.getWidth() == 0) {
            return null;
        }
        int planes = truth.getStackSize();
        if (planes != 1 && planes != inputPlanes) {
            throw new IllegalArgumentException("the ground truth has " + planes + " planes and the input " + inputPlanes
                    + "; give a single-plane ground truth or one plane per input plane");
        }
        return ImagePlusImgs.wrap(truth.getStack().getProcessor(planes == 1 ? 1 : planeNumber));
    }

    /**
     * @param task short task name, used in the output title {@code <title>-<task>}
     * @param scale output pixels per input pixel along x and y (calibration is divided by it)
     * @param options plot, model file and output type
     * @param hostCancel the host's cancel request (e.g. Fiji's cancel button), polled each iteration
     * @return the output image, not yet shown
     */
    public static ImagePlus run(ImagePlus input, String task, int scale, PlaneTask planeTask, RunOptions options,
            BooleanSupplier hostCancel) {
        requireImage(input);
        Path modelFile = options.modelFile();
        ModelSaving.requireWritable(modelFile);
        LivePreview preview = preview(options, ResultImages.title(input, task, FitStatus.COMPLETED));
        return exclusively(hostCancel, preview, cancellation -> {
            ImageStack stack = input.getStack();
            int planeCount = stack.getSize();
            List<TaskResult> results = new ArrayList<>();
            for (int k = 1; k <= planeCount; k++) {
                String label = planeCount == 1 ? task : task + " plane " + k + "/" + planeCount;
                InrResult result = planeTask.run(k, ImagePlusImgs.wrap(stack.getProcessor(k)),
                        new ImageJProgress(label, cancellation, hostCancel, preview), cancellation);
                results.add(result.task());
                if (result.status() == FitStatus.CANCELLED || result.status() == FitStatus.DIVERGED) {
                    break;
                }
            }
            List<FloatImage> planes = new ArrayList<>();
            List<Map<String, Object>> values = new ArrayList<>();
            for (TaskResult r : results) {
                planes.add(r.reconstruction());
                values.add(ReportValues.metrics(r));
            }
            Map<String, Object> shared = new LinkedHashMap<>(results.get(0).settings().asMap());
            if (modelFile != null) {
                List<Path> saved = ModelSaving.save(results, modelFile);
                shared.put("model_file", String.join(", ", saved.stream().map(Path::toString).toList()));
            }
            ImagePlus output = ResultImages.create(input, task, results, scale, planes,
                    ResultImages.info(input, shared, values), !options.output32bit());
            ResultsReport.add(input, output, results, "plane");
            if (options.showPlot()) {
                TrainingCurve.show(output.getTitle(), results);
            }
            return output;
        });
    }

    /**
     * Fits all planes of a z-stack or time series as one 3D INR (x, y, z; z scaled by the
     * voxel depth); the output is the fitted stack with the input's calibration.
     *
     * @param options plot, model file and output type
     */
    public static ImagePlus fitVolume(ImagePlus input, FitSettings settings, RunOptions options,
            BooleanSupplier hostCancel) {
        requireImage(input);
        Path modelFile = options.modelFile();
        ModelSaving.requireWritable(modelFile);
        ImagePlusConverter.Volume volume = ImagePlusConverter.toVolume(input);
        FloatImage image = volume.image();
        if (image.depth() < 2) {
            throw new IllegalArgumentException("dimensions = 3 fits a z-stack or a time series, and the image has a single"
                    + " plane; use dimensions = 2");
        }
        LivePreview preview = preview(options, ResultImages.title(input, RepresentationTask.NAME, FitStatus.COMPLETED));
        return exclusively(hostCancel, preview, cancellation -> {
            TaskResult result = RepresentationTask.run(image, volume.voxelSize(), settings,
                    new ImageJProgress("fit 3D", cancellation, hostCancel, preview), cancellation);
            List<FloatImage> planes = new ArrayList<>();
            for (int z = 0; z < image.depth(); z++) {
                planes.add(result.reconstruction().slices(z));
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("source", input.getTitle());
            record.put("dimensions", 3);
            record.put("voxel_size", volume.voxelSize().toString());
            record.putAll(ReportValues.of(result));
            if (modelFile != null) {
                ModelSaving.save(List.of(result), modelFile).forEach(saved -> record.put("model_file", saved));
            }
            ImagePlus output = ResultImages.create(input, RepresentationTask.NAME, List.of(result), 1, planes,
                    ResultImages.info(record), !options.output32bit());
            ResultsReport.add(input, output, List.of(result), "volume");
            if (options.showPlot()) {
                TrainingCurve.show(output.getTitle(), List.of(result));
            }
            return output;
        });
    }

    /** The live preview the options ask for; none in batch mode or without a display, where nobody would see it. */
    private static LivePreview preview(RunOptions options, String title) {
        boolean visible = !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode();
        return options.preview() && visible ? new LivePreview(title) : null;
    }

    static ImagePlus exclusively(BooleanSupplier hostCancel, Function<Cancellation, ImagePlus> work) {
        return exclusively(hostCancel, null, work);
    }

    /**
     * Runs training work as the only ReLU-INR run of this ImageJ, with a fresh cancellation
     * that is already set when the host cancelled before the start; closes the preview (if
     * any) when the work ends.
     */
    private static ImagePlus exclusively(BooleanSupplier hostCancel, LivePreview preview,
            Function<Cancellation, ImagePlus> work) {
        try (RunLock lock = RunLock.acquire()) {
            IJ.resetEscape(); // an Esc pressed before this run started is not meant for it
            Cancellation cancellation = new Cancellation();
            if (hostCancel.getAsBoolean()) {
                cancellation.cancel();
            }
            ImagePlus output = work.apply(cancellation);
            IJ.showProgress(1.0);
            return output;
        } finally {
            if (preview != null) {
                preview.close();
            }
        }
    }

    /**
     * Applies a direct operation (no training) to each plane of the input.
     *
     * @param settings the operation's parameters under their macro keys, recorded in the output's info
     */
    public static ImagePlus transform(ImagePlus input, String task, Map<String, Object> settings,
            PlaneTransform transform) {
        requireImage(input);
        ImageStack stack = input.getStack();
        List<FloatImage> planes = new ArrayList<>();
        for (int k = 1; k <= stack.getSize(); k++) {
            planes.add(ImgLib2Images.toFloatImage(transform.apply(ImagePlusImgs.wrap(stack.getProcessor(k)))));
        }
        Map<String, Object> record = new LinkedHashMap<>(settings);
        record.put("relu_inr_version", Version.get());
        return ResultImages.create(input, task, planes, ResultImages.info(input, record, List.of()));
    }
}
