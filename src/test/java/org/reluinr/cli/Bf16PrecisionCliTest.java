package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluinr.testing.Bf16Support;

import org.reluinr.fiji.ChildJvm;
import org.reluinr.testing.TestImages;

/**
 * The bf16 precisions in a fresh CLI process: they run on this CPU (AVX-512 BF16), and on a CPU
 * without it, which oneDNN is made to emulate by capping its instruction set, they are refused
 * in one line before training, as they are where oneDNN's native library is missing.
 */
class Bf16PrecisionCliTest {

    @TempDir
    Path tmp;

    @Test
    void runsWithAvx512Bf16AndIsRefusedWithoutIt() throws Exception {
        Path image = TestImages.smallCopy("camera_256.png", 16, tmp, "camera16.tif");
        String[] fit = {"fit", image.toString(), "--precision", "bf16_backward", "--tv_weight", "0", "--iterations", "5", "--width", "32",
            "--out", tmp.toString()};
        String classPath = System.getProperty("java.class.path");

        boolean supported = Bf16Support.onThisMachine();
        if (supported) {
            ChildJvm.Outcome runs = ChildJvm.run(classPath, Main.class.getName(), fit);
            assertEquals(0, runs.exitCode(), runs.output());
            assertTrue(runs.output().contains("completed 5 iterations"), runs.output());
            assertFalse(runs.output().contains("do not match"), runs.output());
        }

        // without AVX-512 BF16 the plain run is the refused one
        ChildJvm.Outcome refused = supported ? ChildJvm.run(Map.of("ONEDNN_MAX_CPU_ISA", "AVX512_CORE"), List.of(), true,
                classPath, Main.class.getName(), fit) : ChildJvm.run(classPath, Main.class.getName(), fit);
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("error: the bf16 precisions need a CPU with AVX-512 BF16"), refused.output());
        assertFalse(refused.output().contains("iteration 1/"), "refused before training: " + refused.output());

        String withoutNatives = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().matches("dnnl-.*-(linux|windows|macosx)-.*\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(withoutNatives.length() < classPath.length(), "the class path holds oneDNN's native jar");
        ChildJvm.Outcome missing = ChildJvm.run(withoutNatives, Main.class.getName(), fit);
        assertEquals(2, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("error: the bf16 precisions need oneDNN's native library, which does not"
                + " load on this machine"), missing.output());
        assertFalse(missing.output().contains("iteration 1/"), "refused before training: " + missing.output());
    }
}
