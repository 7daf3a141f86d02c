package org.reluinr.imagej;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

/** Reading images through ImageJ's own readers and writing TIFFs atomically. */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** Opens a TIFF, PNG, JPEG, ... or throws with a message naming the file and the problem. */
    public static ImagePlus open(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("not a readable file: " + file);
        }
        ImagePlus image = IJ.openImage(file.toString());
        if (image == null) {
            throw new IllegalArgumentException("cannot read " + file + " as an image (supported: TIFF, PNG, JPEG, GIF, BMP)");
        }
        return image;
    }

    /** Writes a TIFF through a temporary file, so a failed write leaves nothing half-written. */
    public static void saveTiff(ImagePlus image, Path file) throws IOException {
        save(file, ".tif", tmp -> new FileSaver(image).saveAsTiff(tmp));
    }

    /** Writes a PNG (8-bit or RGB images) through a temporary file, like {@link #saveTiff}. */
    public static void savePng(ImagePlus image, Path file) throws IOException {
        save(file, ".png", tmp -> new FileSaver(image).saveAsPng(tmp));
    }

    private interface Writer {
        boolean write(String path);
    }

    private static void save(Path file, String suffix, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".partial-", suffix);
        try {
            if (!writer.write(tmp.toString())) {
                throw new IOException("could not write " + file);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file name without its extension, for naming outputs. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
