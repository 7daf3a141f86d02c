package org.reluinr.core.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reluinr.core.model.InrModel;

import org.reluinr.core.Version;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.ImageQuality;

/**
 * What a task returns: the reconstruction in the input's intensity range, its quality
 * against the reference when one is known (null otherwise), the training record, and
 * task-specific entries for the metrics (operator settings, classical baselines), which
 * front ends may add to.
 */
public record TaskResult(String task, FloatImage reconstruction, ImageQuality quality, FitResult fit,
        FitSettings settings, InrModel model, Map<String, Object> extras) {

    /** A result whose reconstruction is the model's image of the fit's output on the training grid. */
    public TaskResult(InrModel model, FitResult fit, ImageQuality quality) {
        this(model.task(), model.toImage(fit.reconstruction(), model.gridSizes()), quality, fit, model.settings(), model,
                new LinkedHashMap<>());
    }

    /** Metrics, settings and version under stable snake_case keys. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        m.put("status", fit.status().name().toLowerCase());
        m.put("message", fit.message());
        if (quality != null) {
            m.put("psnr", quality.psnr());
            m.put("ssim", quality.ssim());
        }
        m.put("final_loss", fit.bestLoss());
        m.put("path_norm", fit.pathNorm());
        if (settings.learnC()) {
            float[][] p = fit.parameters();
            m.put("learned_c", p[p.length - 1][0]);
        }
        m.put("best_iteration", fit.bestIteration());
        m.put("iterations", fit.iterations());
        m.put("seconds", fit.seconds());
        m.put("seconds_per_iteration", fit.secondsPerIteration());
        m.putAll(extras);
        m.put("settings", settings.asMap());
        m.put("version", Version.get());
        return m;
    }
}
