package org.reluinr.commands;

import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.reluinr.api.RadonTransform;
import org.reluinr.core.operators.SupportCircle;
import org.reluinr.fiji.Angles;
import org.reluinr.fiji.TaskRunner;

/** Simulates the sinogram of each plane of a square image (menu entry: plugins.config). */
@Plugin(type = Command.class, headless = true, label = "Radon Transform",
        description = "Parallel-beam sinogram of a square image: one row per angle, one column per detector bin")
public class RadonTransformCommand extends ProjectionCommand {

    static final String TASK = "radon";

    @Parameter(label = "n_angles", description = "Number of angles, evenly spaced over [0, angle_range)", min = "1",
            persist = false)
    int n_angles = Angles.DEFAULT_COUNT;


    @Override
    String commandName() {
        return "Radon Transform";
    }

    @Override
    ImagePlus compute() {
        return sinogram(image, n_angles, angle_range, angle_list);
    }

    /** Shared with the ImageJ 1.x menu command. */
    public static ImagePlus sinogram(ImagePlus input, int count, double range, String angleList) {
        double[] degrees = Angles.resolve(angleList, count, range);
        ImagePlus sinogram = TaskRunner.transform(input, TASK, settings(degrees.length, range, angleList),
                plane -> RadonTransform.sinogram(plane, degrees));
        noteContentOutside(input);
        return sinogram;
    }

    /** Says in the log when a plane holds something outside the circle that the transform measures. */
    private static void noteContentOutside(ImagePlus input) {
        ImageStack stack = input.getStack();
        for (int k = 1; k <= stack.getSize(); k++) {
            float[] pixels = (float[]) stack.getProcessor(k).convertToFloatProcessor().getPixels();
            if (SupportCircle.holdsContentOutside(pixels, input.getWidth())) {
                IJ.log("ReLU-INR Radon Transform on " + input.getTitle() + ": " + SupportCircle.CONTENT_OUTSIDE_NOTE);
                return;
            }
        }
    }

    /** The angle settings as recorded in the output's info. */
    static Map<String, Object> settings(int count, double range, String list) {
        return list == null || list.isBlank() ? Map.of("n_angles", count, "angle_range", range)
                : Map.of("n_angles", count, "angle_list", list);
    }
}
