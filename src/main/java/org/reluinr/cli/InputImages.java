package org.reluinr.cli;

import java.nio.file.Path;

import ij.ImagePlus;
import ij.process.ImageConverter;

import org.reluinr.core.image.FloatImage;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/** Reads a single-plane input image for a CLI task, with one-line errors for what cannot be used. */
final class InputImages {

    private InputImages() {
    }

    static FloatImage readPlane(Path file) {
        ImagePlus image = ImageFiles.open(file);
        if (image.getStackSize() > 1) {
            throw new UsageException(file + " has " + image.getStackSize()
                    + " planes; this command takes a single 2D image (save one slice first; fit takes"
                    + " --dimensions 3 for a z-stack)");
        }
        return ImagePlusConverter.toFloatImage(supported(file, image));
    }

    /** A z-stack or time series (all its planes) with its voxel size. */
    static ImagePlusConverter.Volume readVolume(Path file) {
        ImagePlus image = supported(file, ImageFiles.open(file));
        ImagePlusConverter.Volume volume = ImagePlusConverter.toVolume(image);
        if (volume.image().depth() < 2) {
            throw new UsageException(file + " has a single z-slice and time point; --dimensions 3 needs a z-stack or"
                    + " a time series");
        }
        return volume;
    }

    /** The image itself, or an RGB copy of an indexed-colour one; refuses other types. */
    private static ImagePlus supported(Path file, ImagePlus image) {
        switch (image.getType()) {
            case ImagePlus.GRAY8, ImagePlus.GRAY16, ImagePlus.GRAY32, ImagePlus.COLOR_RGB -> {
            }
            case ImagePlus.COLOR_256 -> new ImageConverter(image).convertToRGB();
            default -> throw new UsageException(file + ": unsupported image type " + image.getType()
                    + "; use 8-, 16- or 32-bit grayscale or RGB");
        }
        return image;
    }
}
