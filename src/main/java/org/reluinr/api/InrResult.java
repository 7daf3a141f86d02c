package org.reluinr.api;

import java.util.Map;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * A task's result for ImgLib2 callers: the reconstruction as a float image in the input's
 * intensity range (x, y or x, y, channel), and the task's metrics and training record.
 */
public record InrResult(Img<FloatType> image, TaskResult task) {

    static InrResult of(TaskResult task) {
        return new InrResult(ImgLib2Images.wrap(task.reconstruction()), task);
    }

    /** PSNR in dB against the reference (NaN when there is none). */
    public double psnr() {
        return task.quality() == null ? Double.NaN : task.quality().psnr();
    }

    /** SSIM against the reference (NaN when there is none). */
    public double ssim() {
        return task.quality() == null ? Double.NaN : task.quality().ssim();
    }

    public FitStatus status() {
        return task.fit().status();
    }

    /** Metrics, settings and version under snake_case keys, as in metrics.json. */
    public Map<String, Object> metrics() {
        return task.metrics();
    }
}
