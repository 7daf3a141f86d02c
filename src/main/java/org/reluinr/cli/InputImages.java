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
                    + " planes; this command takes a single 2D image (save one slice first)");
        }
        switch (image.getType()) {
            case ImagePlus.GRAY8, ImagePlus.GRAY16, ImagePlus.GRAY32, ImagePlus.COLOR_RGB -> {
            }
            case ImagePlus.COLOR_256 -> new ImageConverter(image).convertToRGB();
            default -> throw new UsageException(file + ": unsupported image type " + image.getType()
                    + "; use 8-, 16- or 32-bit grayscale or RGB");
        }
        return ImagePlusConverter.toFloatImage(image);
    }
}
