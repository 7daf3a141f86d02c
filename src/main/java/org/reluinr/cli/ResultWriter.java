package org.reluinr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.io.Json;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/** Writes a task's outputs into the output folder: 32-bit TIFFs and metrics.json. */
final class ResultWriter {

    private final Path folder;

    ResultWriter(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + folder + " is a file, not a folder");
        }
        Files.createDirectories(folder);
        this.folder = folder;
    }

    Path image(FloatImage image, String fileBaseName) throws IOException {
        Path file = folder.resolve(fileBaseName + ".tif");
        ImageFiles.saveTiff(ImagePlusConverter.toFloatImagePlus(image, fileBaseName), file);
        return file;
    }

    Path metrics(Map<String, Object> metrics) throws IOException {
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
