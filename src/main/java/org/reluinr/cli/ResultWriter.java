package org.reluinr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import ij.ImagePlus;
import ij.process.FloatProcessor;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.io.Json;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/**
 * Writes a command's outputs into the output folder: 32-bit TIFFs, 8-bit PNGs for viewing,
 * metrics.json and other text files. The folder is checked up front but created only at the
 * first write, so a run that fails before it has results leaves nothing behind.
 */
final class ResultWriter {

    private final Path folder;

    ResultWriter(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + folder + " is a file, not a folder");
        }
        this.folder = folder;
    }

    Path image(FloatImage image, String fileBaseName) throws IOException {
        return image(image, fileBaseName, VoxelSize.pixels(image.spatialSizes().length));
    }

    /** Writes a 32-bit TIFF calibrated with the voxel size. */
    Path image(FloatImage image, String fileBaseName, VoxelSize voxelSize) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileBaseName + ".tif");
        ImageFiles.saveTiff(ImagePlusConverter.toFloatImagePlus(image, fileBaseName, voxelSize), file);
        return file;
    }

    /**
     * Writes an 8-bit PNG for viewing (a README, a browser): values 0 to 1 map to 0 to 255,
     * values outside are clipped.
     */
    Path png(FloatImage image, String fileBaseName) throws IOException {
        if (image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("an 8-bit PNG holds one grayscale plane");
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(fileBaseName + ".png");
        FloatProcessor fp = new FloatProcessor(image.width(), image.height(), image.data().clone());
        fp.setMinAndMax(0, 1);
        ImageFiles.savePng(new ImagePlus(fileBaseName, fp.convertToByteProcessor(true)), file);
        return file;
    }

    Path metrics(Map<String, Object> metrics) throws IOException {
        return text("metrics.json", Json.write(metrics));
    }

    /** Writes a UTF-8 text file through a temporary file, so a failed write leaves the old one. */
    Path text(String fileName, String content) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName);
        Path tmp = Files.createTempFile(folder, ".partial-", "-" + fileName);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
