package org.reluinr.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.TaskResult;

/**
 * Thousands of damaged model files: every read either succeeds (a change that leaves a valid
 * model, e.g. another finite weight) or fails with an {@link InvalidModelException}; no other
 * exception, no out-of-memory. Three kinds of damage: bytes of the file flipped, truncated or
 * inserted; bytes of the header text changed (so the zip stays valid and the JSON checks are
 * reached); and header numbers replaced with extreme values.
 */
class ModelFileFuzzTest {

    private static final String[] EXTREMES = {"0", "-1", "1e308", "-1e308", "4096", "2147483648", "1.5", "null",
        "\"x\"", "[]", "{}", "true", "NaN"};

    @TempDir
    Path tmp;

    @Test
    void damagedFilesFailWithAClearErrorOrStillLoad() throws Exception {
        FloatImage image = ModelFileTest.pattern(8, 6, 1);
        TaskResult fit = ModelFileTest.smallFit(image, "bw_relu");
        Path file = tmp.resolve("m.inr");
        ModelFile.write(file, fit.model(), fit.metrics());
        byte[] valid = Files.readAllBytes(file);
        Map<String, byte[]> entries = ModelFiles.entries(valid);
        String header = new String(entries.get(ModelFile.HEADER_ENTRY), StandardCharsets.UTF_8);

        SplittableRandom random = new SplittableRandom(42);
        int refused = 0;
        int runs = 0;
        for (int i = 0; i < 1500; i++, runs++) {
            refused += attempt(damagedBytes(valid, random), "byte damage " + i);
        }
        for (int i = 0; i < 1000; i++, runs++) {
            byte[] h = header.getBytes(StandardCharsets.UTF_8);
            for (int k = random.nextInt(1, 4); k > 0; k--) {
                h[random.nextInt(h.length)] = (byte) random.nextInt(32, 127);
            }
            refused += attempt(withHeader(entries, h), "header text damage " + i);
        }
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(header);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        while (numbers.find()) {
            spans.add(new int[] {numbers.start(), numbers.end()});
        }
        for (int[] span : spans) {
            for (String extreme : EXTREMES) {
                runs++;
                String edited = header.substring(0, span[0]) + extreme + header.substring(span[1]);
                refused += attempt(withHeader(entries, edited.getBytes(StandardCharsets.UTF_8)),
                        "number at " + span[0] + " = " + extreme);
            }
        }
        assertTrue(runs > 3000, runs + " files tried");
        assertTrue(refused > runs / 2, "most damage must be detected: " + refused + " of " + runs);
    }

    /** 1 when the file was refused with an InvalidModelException, 0 when it loaded. */
    private static int attempt(byte[] bytes, String what) {
        try {
            ModelFiles.read(bytes);
            return 0;
        } catch (InvalidModelException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what);
            return 1;
        } catch (Throwable t) {
            fail(what + ": " + t, t);
            return 0;
        }
    }

    private static byte[] withHeader(Map<String, byte[]> entries, byte[] header) throws Exception {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.put(ModelFile.HEADER_ENTRY, header);
        return ModelFiles.zip(copy);
    }

    private static byte[] damagedBytes(byte[] valid, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                byte[] b = valid.clone();
                for (int k = random.nextInt(1, 9); k > 0; k--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield b;
            }
            case 1 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            default -> {
                int at = random.nextInt(valid.length);
                byte[] junk = new byte[random.nextInt(1, 64)];
                random.nextBytes(junk);
                byte[] b = new byte[valid.length + junk.length];
                System.arraycopy(valid, 0, b, 0, at);
                System.arraycopy(junk, 0, b, at, junk.length);
                System.arraycopy(valid, at, b, at + junk.length, valid.length - at);
                yield b;
            }
        };
    }
}
