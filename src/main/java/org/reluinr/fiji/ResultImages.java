package org.reluinr.fiji;

import java.util.List;
import java.util.Map;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.TaskResult;

/** Builds a task's output window: title, planes, calibration and the record in its info. */
final class ResultImages {

    private ResultImages() {
    }

    static ImagePlus create(ImagePlus input, String task, int scale, List<TaskResult> results) {
        FloatImage first = results.get(0).reconstruction();
        int w = first.width();
        int h = first.height();
        int channels = first.channels();
        ImageStack stack = new ImageStack(w, h);
        for (TaskResult r : results) {
            FloatImage image = r.reconstruction();
            for (int ch = 0; ch < channels; ch++) {
                // One channel: the reconstruction's own array becomes the plane, no copy.
                float[] plane = channels == 1 ? image.data() : image.channel(ch);
                stack.addSlice(new FloatProcessor(w, h, plane));
            }
        }
        ImagePlus output = new ImagePlus(input.getShortTitle() + "-" + task, stack);
        boolean complete = results.size() == input.getStackSize();
        if (channels > 1) {
            output.setDimensions(channels, results.size(), 1);
            output = new CompositeImage(output, CompositeImage.COMPOSITE);
        } else if (complete && input.isHyperStack()) {
            output.setDimensions(input.getNChannels(), input.getNSlices(), input.getNFrames());
        }
        output.setCalibration(scaled(input.getCalibration(), scale));
        output.setProperty("Info", info(input, results));
        output.resetDisplayRange();
        return output;
    }

    private static Calibration scaled(Calibration source, int scale) {
        Calibration c = source.copy();
        c.pixelWidth /= scale;
        c.pixelHeight /= scale;
        c.xOrigin *= scale;
        c.yOrigin *= scale;
        // The output is 32-bit in the input's range; an 8/16-bit value function no longer applies.
        c.disableDensityCalibration();
        return c;
    }

    /** "key = value" lines, which ImageJ's getInfo(key) and Image > Show Info read back. */
    private static String info(ImagePlus input, List<TaskResult> results) {
        StringBuilder s = new StringBuilder();
        line(s, "source", input.getTitle());
        for (int k = 0; k < results.size(); k++) {
            String prefix = results.size() == 1 && input.getStackSize() == 1 ? "" : "plane_" + (k + 1) + "_";
            for (Map.Entry<String, Object> e : ReportValues.of(results.get(k)).entrySet()) {
                line(s, prefix + e.getKey(), e.getValue());
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String key, Object value) {
        s.append(key).append(" = ").append(value).append('\n');
    }
}
