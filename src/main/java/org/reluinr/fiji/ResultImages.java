package org.reluinr.fiji;

import java.util.List;
import java.util.Map;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

import org.reluinr.core.image.FloatImage;

/** Builds a task's output window: title, planes, calibration and the record in its info. */
public final class ResultImages {

    private ResultImages() {
    }

    /**
     * @param planes one result per input plane processed (all of one size and channel count)
     * @param info the record for Image &gt; Show Info, see {@link #info}
     */
    static ImagePlus create(ImagePlus input, String task, int scale, List<FloatImage> planes, String info) {
        FloatImage first = planes.get(0);
        int w = first.width();
        int h = first.height();
        int channels = first.channels();
        ImageStack stack = new ImageStack(w, h);
        for (FloatImage image : planes) {
            for (int ch = 0; ch < channels; ch++) {
                // One channel: the result's own array becomes the plane, no copy.
                float[] plane = channels == 1 ? image.data() : image.channel(ch);
                stack.addSlice(new FloatProcessor(w, h, plane));
            }
        }
        ImagePlus output = new ImagePlus(input.getShortTitle() + "-" + task, stack);
        boolean complete = planes.size() == input.getStackSize();
        if (channels > 1) {
            output.setDimensions(channels, planes.size(), 1);
            output = new CompositeImage(output, CompositeImage.COMPOSITE);
        } else if (complete && input.isHyperStack()) {
            output.setDimensions(input.getNChannels(), input.getNSlices(), input.getNFrames());
        }
        output.setCalibration(scaled(input.getCalibration(), scale));
        output.setProperty("Info", info);
        output.resetDisplayRange();
        return output;
    }

    /**
     * "key = value" lines, which ImageJ's getInfo(key) and Image &gt; Show Info read back: the
     * source, the values shared by all planes, then each plane's own values (prefixed
     * {@code plane_<n>_} when the input has several planes).
     */
    static String info(ImagePlus input, Map<String, Object> shared, List<Map<String, Object>> perPlane) {
        StringBuilder s = new StringBuilder();
        line(s, "source", input.getTitle());
        shared.forEach((key, value) -> line(s, key, value));
        for (int k = 0; k < perPlane.size(); k++) {
            String prefix = input.getStackSize() == 1 ? "" : "plane_" + (k + 1) + "_";
            perPlane.get(k).forEach((key, value) -> line(s, prefix + key, value));
        }
        return s.toString();
    }

    /** "key = value" lines of a record, for an image's info. */
    public static String info(Map<String, Object> record) {
        StringBuilder s = new StringBuilder();
        record.forEach((key, value) -> line(s, key, value));
        return s.toString();
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

    private static void line(StringBuilder s, String key, Object value) {
        s.append(key).append(" = ").append(value).append('\n');
    }
}
