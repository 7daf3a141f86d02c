package org.reluinr.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.model.VoxelSize;

/**
 * ImagePlus ⇄ {@link FloatImage}. 8-, 16- and 32-bit planes become one channel, RGB becomes
 * three; the ImagePlus is only read, never changed.
 */
public final class ImagePlusConverter {

    private ImagePlusConverter() {
    }

    /** The channels one plane of {@code image} becomes: three for RGB, else one. */
    public static int channels(ImagePlus image) {
        return image.getType() == ImagePlus.COLOR_RGB ? 3 : 1;
    }

    /** The planes a volume of {@code image} has: its time points for a time series, else its z-slices. */
    public static int volumeDepth(ImagePlus image) {
        return image.getNFrames() > 1 ? image.getNFrames() : image.getNSlices();
    }

    /** The current plane of {@code image}; a stack must be reduced by the caller first. */
    public static FloatImage toFloatImage(ImagePlus image) {
        return toFloatImage(image.getProcessor());
    }

    public static FloatImage toFloatImage(ImageProcessor ip) {
        int w = ip.getWidth();
        int h = ip.getHeight();
        int n = w * h;
        if (ip instanceof ColorProcessor cp) {
            float[] data = new float[3 * n];
            int[] rgb = (int[]) cp.getPixels();
            for (int i = 0; i < n; i++) {
                data[i] = (rgb[i] >> 16) & 0xff;
                data[n + i] = (rgb[i] >> 8) & 0xff;
                data[2 * n + i] = rgb[i] & 0xff;
            }
            return new FloatImage(w, h, 1, 3, data);
        }
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = ip.getf(i);
        }
        return new FloatImage(w, h, 1, 1, data);
    }

    /** A 32-bit ImagePlus: one plane per channel and z-slice, in ImageJ's hyperstack order (channel fastest). */
    public static ImagePlus toFloatImagePlus(FloatImage image, String title) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        ImageStack stack = new ImageStack(w, h);
        for (int z = 0; z < image.depth(); z++) {
            for (int ch = 0; ch < image.channels(); ch++) {
                float[] pixels = new float[plane];
                System.arraycopy(image.data(), (ch * image.depth() + z) * plane, pixels, 0, plane);
                stack.addSlice(new FloatProcessor(w, h, pixels));
            }
        }
        ImagePlus result = new ImagePlus(title, stack);
        if (stack.getSize() > 1) {
            result.setDimensions(image.channels(), image.depth(), 1);
        }
        result.resetDisplayRange();
        return result;
    }

    /** As {@link #toFloatImagePlus(FloatImage, String)}, calibrated with a voxel size. */
    public static ImagePlus toFloatImagePlus(FloatImage image, String title, VoxelSize voxelSize) {
        ImagePlus result = toFloatImagePlus(image, title);
        Calibration cal = result.getCalibration();
        cal.pixelWidth = voxelSize.size(0);
        cal.pixelHeight = voxelSize.dimensions() > 1 ? voxelSize.size(1) : 1;
        cal.pixelDepth = voxelSize.dimensions() > 2 ? voxelSize.size(2) : 1;
        cal.setUnit(voxelSize.unit());
        return result;
    }

    /**
     * All planes of a z-stack or a time series (not both) as one volume, x, y, then z or t,
     * with its voxel size from the calibration; a time series' frames are spaced like a pixel
     * along x.
     */
    public static Volume toVolume(ImagePlus image) {
        int channels = image.getNChannels();
        int slices = image.getNSlices();
        int frames = image.getNFrames();
        if (slices > 1 && frames > 1) {
            throw new IllegalArgumentException("the image has " + slices + " z-slices and " + frames + " time points;"
                    + " a 3D INR takes a z-stack or a time series: reduce it first (Image > Hyperstacks >"
                    + " Reduce Dimensionality...)");
        }
        boolean timeSeries = frames > 1;
        int depth = volumeDepth(image);
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        FloatImage first = toFloatImage(image.getStack().getProcessor(1));
        int planeChannels = first.channels(); // 3 for RGB
        int totalChannels = channels * planeChannels;
        float[] data = new float[totalChannels * depth * plane];
        for (int k = 0; k < depth; k++) {
            for (int c = 0; c < channels; c++) {
                int index = timeSeries ? image.getStackIndex(c + 1, 1, k + 1) : image.getStackIndex(c + 1, k + 1, 1);
                FloatImage p = toFloatImage(image.getStack().getProcessor(index));
                for (int pc = 0; pc < planeChannels; pc++) {
                    int ch = c * planeChannels + pc;
                    System.arraycopy(p.data(), pc * plane, data, (ch * depth + k) * plane, plane);
                }
            }
        }
        Calibration cal = image.getCalibration();
        double[] voxel = depth == 1 ? new double[] {cal.pixelWidth, cal.pixelHeight}
                : new double[] {cal.pixelWidth, cal.pixelHeight, timeSeries ? cal.pixelWidth : cal.pixelDepth};
        for (int a = 0; a < voxel.length; a++) {
            if (!(voxel[a] > 0) || Double.isInfinite(voxel[a])) {
                voxel[a] = 1; // an unset or broken calibration: pixel units
            }
        }
        return new Volume(new FloatImage(w, h, depth, totalChannels, data), new VoxelSize(voxel, cal.getUnit()));
    }

    /** An image of up to three spatial axes and the physical size of its voxels. */
    public record Volume(FloatImage image, VoxelSize voxelSize) {
    }
}
