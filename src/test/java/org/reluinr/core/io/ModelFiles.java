package org.reluinr.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads the raw entries of model files and writes edited copies, to test the reader's checks. */
final class ModelFiles {

    private ModelFiles() {
    }

    static Map<String, byte[]> entries(byte[] file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static String header(Path file) throws IOException {
        return new String(entries(Files.readAllBytes(file)).get(ModelFile.HEADER_ENTRY), StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A copy of a model file with another header. */
    static Path withHeader(Path target, Path model, String header) throws IOException {
        Map<String, byte[]> entries = entries(Files.readAllBytes(model));
        entries.put(ModelFile.HEADER_ENTRY, header.getBytes(StandardCharsets.UTF_8));
        return Files.write(target, zip(entries));
    }

    static ModelFile.Loaded read(byte[] bytes) {
        InputStream in = new java.io.ByteArrayInputStream(bytes);
        return ModelFile.read(in);
    }
}
