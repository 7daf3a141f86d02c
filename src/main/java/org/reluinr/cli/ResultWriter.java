package org.reluinr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.io.Json;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/**
 * Writes a task's outputs into the output folder: 32-bit TIFFs and metrics.json. The folder
 * is checked up front but created only at the first write, so a run that fails before it
 * has results leaves nothing behind.
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

    Path metrics(Map<String, Object> metrics) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("metrics.json");
        Path tmp = Files.createTempFile(folder, ".partial-", ".json");
        try {
            Files.writeString(tmp, Json.write(metrics), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
