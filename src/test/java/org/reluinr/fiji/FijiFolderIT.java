package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The target/fiji folder that mvn package assembles for Fiji.app, checked after packaging. */
class FijiFolderIT {

    private static final Path JARS = Path.of("target", "fiji", "jars");

    @Test
    void pluginJarHasPluginsConfigAndCommandIndexAtItsRoot() throws IOException {
        try (JarFile jar = new JarFile(JARS.resolve("ReLU_INR-0.1.0.jar").toFile())) {
            String config = new String(jar.getInputStream(jar.getEntry("plugins.config")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String entry : List.of("\"Fit INR...\", org.reluinr.plugins.FitInrPlugin",
                    "\"Super-Resolution...\", org.reluinr.plugins.SuperResolutionPlugin",
                    "\"CT Reconstruction...\", org.reluinr.plugins.CtReconstructionPlugin",
                    "\"Radon Transform...\", org.reluinr.plugins.RadonTransformPlugin",
                    "\"Filtered Back-Projection...\", org.reluinr.plugins.FbpPlugin")) {
                assertTrue(config.contains("Plugins>ReLU-INR, " + entry), config);
            }
            assertNotNull(jar.getEntry("org/reluinr/plugins/FitInrPlugin.class"));
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/json/org.scijava.plugin.Plugin"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            for (String command : List.of("FitInrCommand", "SuperResolutionCommand", "CtReconstructionCommand",
                    "RadonTransformCommand", "FbpCommand")) {
                assertTrue(index.contains("org.reluinr.commands." + command), index);
            }
            assertFalse(index.contains("menuPath"), "menu entries come from plugins.config only: " + index);
        }
    }

    @Test
    void holdsNd4jWithItsLinuxNativesButNotWhatFijiShips() throws IOException {
        List<String> names = jarNames();
        for (String prefix : List.of("nd4j-native-1.0.0-M2.1-linux-x86_64", "openblas-", "javacpp-", "nd4j-api-")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " missing from " + names);
        }
        try (JarFile natives = new JarFile(JARS.resolve("nd4j-native-1.0.0-M2.1-linux-x86_64.jar").toFile())) {
            assertTrue(natives.stream().anyMatch(e -> e.getName().contains("linux-x86_64/")
                    && e.getName().endsWith("libjnind4jcpu.so")), "ND4J's JNI library for linux-x86_64");
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("openblas-") && n.endsWith("-linux-x86_64.jar")), names::toString);
        for (String fijiOwn : List.of("ij-", "scijava-common-", "imglib2-", "slf4j-")) {
            assertFalse(names.stream().anyMatch(n -> n.startsWith(fijiOwn)), fijiOwn + " is Fiji's own: " + names);
        }
    }

    @Test
    void pluginFitsWhenLoadedThroughASeparateClassLoader() throws Exception {
        String fijiClassPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith("test-classes") || Stream.of("ij-", "scijava-common-", "imglib2-", "parsington-", "slf4j-")
                        .anyMatch(p -> new File(e).getName().startsWith(p)))
                .collect(Collectors.joining(File.pathSeparator));
        ChildJvm.Outcome outcome = ChildJvm.run(fijiClassPath, FijiLoaderMain.class.getName(), JARS.toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        Matcher m = Pattern.compile("PSNR=([0-9.]+)").matcher(outcome.output());
        assertTrue(m.find(), outcome.output());
        assertTrue(Double.parseDouble(m.group(1)) > 20, outcome.output());
    }

    private static List<String> jarNames() throws IOException {
        try (Stream<Path> files = Files.list(JARS)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
