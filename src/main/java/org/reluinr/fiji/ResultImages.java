package org.reluinr.fiji;

import java.util.List;
import java.util.Map;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.TaskResult;

/** Builds a task's output window: title, planes, calibration and the record in its info. */
public final class ResultImages {

    private ResultImages() {
    }

    /**
     * @param results the runs behind the output, in order; the last one's ending (cancelled,
     *     diverged) goes into the title, since the output then is not what the settings asked for
     * @param planes one result per input plane processed (all of one size and channel count)
     * @param info the record for Image &gt; Show Info, see {@link #info}
     * @param inputType give an 8-bit, 16-bit or RGB input a result of its own type (values
     *     rounded and clipped); otherwise, and for other inputs, the result is 32-bit
     */
    static ImagePlus create(ImagePlus input, String task, List<TaskResult> results, int scale, List<FloatImage> planes,
            String info, boolean inputType) {
        FitStatus ending = results.isEmpty() ? FitStatus.COMPLETED : results.get(results.size() - 1).fit().status();
        return create(title(input, task, ending), input, scale, planes, info, inputType);
    }

    /** A direct operation's output (no training), titled {@code <input title>-<task>}. */
    static ImagePlus create(ImagePlus input, String task, List<FloatImage> planes, String info) {
        return create(title(input, task, FitStatus.COMPLETED), input, 1, planes, info, false);
    }

    /**
     * {@code <input title>-<task>}, with {@code -cancelled} or {@code -diverged} when the run
     * ended so, made {@link #unique}.
     */
    static String title(ImagePlus input, String task, FitStatus ending) {
        String title = input.getShortTitle() + "-" + task + switch (ending) {
            case CANCELLED -> "-cancelled";
            case DIVERGED -> "-diverged";
            default -> "";
        };
        return unique(title);
    }

    /** The title, or with ImageJ's {@code -1}, {@code -2}, … the first that no open image has. */
    static String unique(String title) {
        String unique = title;
        for (int n = 1; WindowManager.getImage(unique) != null; n++) {
            unique = title + "-" + n;
        }
        return unique;
    }

    private static ImagePlus create(String title, ImagePlus input, int scale, List<FloatImage> planes, String info,
            boolean inputType) {
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
        ImagePlus output = new ImagePlus(title, stack);
        boolean complete = planes.size() == input.getStackSize();
        if (channels > 1) {
            output.setDimensions(channels, planes.size(), 1);
            output = new CompositeImage(output, CompositeImage.COMPOSITE);
        } else if (complete && input.isHyperStack()) {
            output.setDimensions(input.getNChannels(), input.getNSlices(), input.getNFrames());
        }
        int type = input.getType();
        boolean convert = inputType && (type == ImagePlus.GRAY8 || type == ImagePlus.GRAY16
                || type == ImagePlus.COLOR_RGB && channels == 3);
        if (convert) {
            output = type == ImagePlus.COLOR_RGB ? toRgb(output, planes.size()) : toBits(output, type);
        }
        Calibration cal = scaled(input.getCalibration(), scale);
        if (!convert) {
            // A 32-bit result is in the input's range; an 8/16-bit value function no longer applies.
            cal.disableDensityCalibration();
        }
        output.setCalibration(cal);
        output.setProperty("Info", info);
        output.resetDisplayRange();
        return output;
    }

    /** Each 32-bit plane rounded and clipped into an 8- or 16-bit plane; dimensions and composite mode kept. */
    private static ImagePlus toBits(ImagePlus floats, int type) {
        ImageStack source = floats.getStack();
        ImageStack stack = new ImageStack(source.getWidth(), source.getHeight());
        for (int k = 1; k <= source.getSize(); k++) {
            ImageProcessor ip = source.getProcessor(k);
            stack.addSlice(type == ImagePlus.GRAY8 ? ip.convertToByteProcessor(false) : ip.convertToShortProcessor(false));
        }
        ImagePlus result = new ImagePlus(floats.getTitle(), stack);
        result.setDimensions(floats.getNChannels(), floats.getNSlices(), floats.getNFrames());
        return floats.isComposite() ? new CompositeImage(result, CompositeImage.COMPOSITE) : result;
    }

    /** Three 32-bit channels per plane (red, green, blue) rounded and clipped into RGB planes. */
    private static ImagePlus toRgb(ImagePlus floats, int planes) {
        ImageStack source = floats.getStack();
        ImageStack stack = new ImageStack(source.getWidth(), source.getHeight());
        for (int k = 0; k < planes; k++) {
            byte[][] rgb = new byte[3][];
            for (int ch = 0; ch < 3; ch++) {
                rgb[ch] = (byte[]) source.getProcessor(3 * k + ch + 1).convertToByteProcessor(false).getPixels();
            }
            ColorProcessor cp = new ColorProcessor(source.getWidth(), source.getHeight());
            cp.setRGB(rgb[0], rgb[1], rgb[2]);
            stack.addSlice(cp);
        }
        return new ImagePlus(floats.getTitle(), stack);
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
        return c;
    }

    private static void line(StringBuilder s, String key, Object value) {
        s.append(key).append(" = ").append(value).append('\n');
    }
}
