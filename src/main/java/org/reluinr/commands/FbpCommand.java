package org.reluinr.commands;

import java.util.LinkedHashMap;
import java.util.Map;

import ij.ImagePlus;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.reluinr.api.FbpReconstruction;
import org.reluinr.core.operators.FilteredBackProjection.Filter;
import org.reluinr.fiji.Angles;
import org.reluinr.fiji.TaskRunner;

/** Filtered back-projection of each sinogram plane (menu entry: plugins.config). */
@Plugin(type = Command.class, headless = true, label = "Filtered Back-Projection",
        description = "Classical CT reconstruction from a sinogram with one row per angle")
public class FbpCommand extends ProjectionCommand {

    static final String TASK = "fbp";

    @Parameter(label = "filter", description = "Frequency window of the ramp filter",
            choices = {"ramp", "shepp_logan", "cosine", "hann"}, persist = false)
    String filter = "ramp";

    @Override
    String commandName() {
        return "Filtered Back-Projection";
    }

    @Override
    ImagePlus compute() {
        return reconstruct(image, Filter.parse(filter), angle_range, angle_list);
    }

    /** Shared with the ImageJ 1.x menu command. */
    public static ImagePlus reconstruct(ImagePlus sinogram, Filter filter, double angleRange, String angleList) {
        TaskRunner.requireImage(sinogram);
        double[] degrees = Angles.resolve(angleList, sinogram.getHeight(), angleRange);
        Map<String, Object> settings = new LinkedHashMap<>(RadonTransformCommand.settings(degrees.length, angleRange,
                angleList));
        settings.put("filter", filter.key());
        return TaskRunner.transform(sinogram, TASK, settings, plane -> FbpReconstruction.reconstruct(plane, degrees,
                filter));
    }
}
