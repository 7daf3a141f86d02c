package org.reluinr.testing;

import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.plugin.Binner;

import org.reluinr.core.image.FloatImage;
import org.reluinr.imagej.ImagePlusConverter;

/** The bundled test images, read through ImageJ. */
public final class TestImages {

    private TestImages() {
    }

    public static Path file(String name) {
        return Path.of("test-images", name);
    }

    public static ImagePlus open(String name) {
        ImagePlus image = IJ.openImage(file(name).toString());
        if (image == null) {
            throw new IllegalStateException("cannot read test image " + name);
        }
        return image;
    }

    /** The 512×512 cameraman averaged over factor×factor blocks. */
    public static FloatImage cameraman(int factor) {
        ImagePlus full = open("camera.png");
        ImagePlus small = new Binner().shrink(full, factor, factor, 1, Binner.AVERAGE);
        return ImagePlusConverter.toFloatImage(small);
    }

    /**
     * A test image resized to size × size and saved in folder as {@code name} (PNG when the
     * name ends in .png, TIFF otherwise); name may include a subfolder that exists.
     */
    public static Path smallCopy(String testImage, int size, Path folder, String name) {
        Path file = folder.resolve(name);
        ImagePlus small = new ImagePlus(name, open(testImage).getProcessor().resize(size, size, true));
        FileSaver saver = new FileSaver(small);
        if (!(name.endsWith(".png") ? saver.saveAsPng(file.toString()) : saver.saveAsTiff(file.toString()))) {
            throw new IllegalStateException("cannot write " + file);
        }
        return file;
    }

    /** A 32-bit golden file from src/test/resources/golden. */
    public static FloatImage golden(String name) {
        ImagePlus image = IJ.openImage(Path.of("src", "test", "resources", "golden", name).toString());
        if (image == null) {
            throw new IllegalStateException("cannot read golden file " + name);
        }
        return ImagePlusConverter.toFloatImage(image);
    }
}
