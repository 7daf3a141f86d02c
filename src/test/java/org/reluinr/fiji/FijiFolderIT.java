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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The folders that mvn package assembles, checked after packaging: target/fiji for Fiji.app
 * (what Fiji lacks, under names Fiji's updater cannot take for Fiji's own files) and
 * target/imagej/plugins for a plain ImageJ 1.x (everything but ij.jar).
 */
class FijiFolderIT {

    private static final Path JARS = Path.of("target", "fiji", "jars");
    private static final Path IMAGEJ_PLUGINS = Path.of("target", "imagej", "plugins");
    private static final String PLUGIN_JAR = "ReLU_INR-0.1.0.jar";

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
    void noJarIsFiledByFijisUpdaterUnderTheNameOfAnotherArtifactThatFijiShips() throws Exception {
        Map<String, String> fiji = FijiArtifacts.managedByPomScijava();
        // The check itself: ND4J's shaded Guava under its Maven name is what stopped Fiji from starting.
        assertNotNull(clash("guava-1.0.0-M2.1.jar", new FijiArtifacts.Artifact("org.nd4j", "guava", "1.0.0-M2.1", ""),
                fiji));
        assertNotNull(clash("commons-io-" + fiji.get("commons-io:commons-io") + ".jar", new FijiArtifacts.Artifact(
                "commons-io", "commons-io", fiji.get("commons-io:commons-io"), ""), fiji));
        List<String> problems = new ArrayList<>();
        for (Path jar : FijiArtifacts.jars(JARS.getParent())) {
            String name = jar.getFileName().toString();
            if (name.equals(PLUGIN_JAR)) {
                continue;
            }
            Optional<FijiArtifacts.Artifact> artifact = FijiArtifacts.identify(jar);
            assertTrue(artifact.isPresent(), name + " is none of the project's dependencies");
            String problem = clash(name, artifact.get(), fiji);
            if (problem != null) {
                problems.add(problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDependencyIsInTheFijiFolderOrShippedByFiji() throws Exception {
        Map<String, String> fiji = FijiArtifacts.managedByPomScijava();
        Set<FijiArtifacts.Artifact> inFolder = artifactsInFijiFolder();
        for (Path jar : FijiArtifacts.jars(IMAGEJ_PLUGINS)) {
            if (jar.getFileName().toString().equals(PLUGIN_JAR)) {
                continue;
            }
            FijiArtifacts.Artifact artifact = FijiArtifacts.identify(jar).orElseThrow();
            assertTrue(inFolder.contains(artifact) || fiji.containsKey(artifact.key()),
                    artifact + " is neither in target/fiji nor among Fiji's artifacts");
        }
    }

    @Test
    void imagejFolderHoldsThePluginAndEverythingButImageJItself() throws IOException {
        List<String> names = FijiArtifacts.jars(IMAGEJ_PLUGINS).stream().map(p -> p.getFileName().toString()).toList();
        for (String prefix : List.of(PLUGIN_JAR, "imglib2-", "scijava-common-", "parsington-", "slf4j-api-", "slf4j-nop-",
                "nd4j-native-1.0.0-M2.1-linux-x86_64", "openblas-", "javacpp-", "jna-", "commons-io-", "guava-")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " missing from " + names);
        }
        assertFalse(names.stream().anyMatch(n -> n.startsWith("ij-") || n.equals("ij.jar")), names::toString);
    }

    /**
     * Why Fiji's updater would take the jar for one that Fiji ships (the same name without
     * version), or null: the name of a different artifact, or Fiji's own artifact at the very
     * version Fiji ships (which the folder should leave to Fiji).
     */
    private static String clash(String fileName, FijiArtifacts.Artifact artifact, Map<String, String> fiji) {
        String name = FijiArtifacts.updaterName(fileName);
        for (Map.Entry<String, String> shipped : fiji.entrySet()) {
            String artifactId = shipped.getKey().substring(shipped.getKey().indexOf(':') + 1);
            if (!FijiArtifacts.updaterName(FijiArtifacts.fijiFileName(artifactId, shipped.getValue(),
                    artifact.classifier())).equals(name)) {
                continue;
            }
            if (!shipped.getKey().equals(artifact.key())) {
                return fileName + " (" + artifact.key() + ") has the updater name " + name + " of Fiji's "
                        + shipped.getKey();
            }
            if (shipped.getValue().equals(artifact.version())) {
                return fileName + " is Fiji's own " + shipped.getKey() + " " + shipped.getValue() + "; leave it to Fiji";
            }
        }
        return null;
    }

    @Test
    void pluginFitsWhenLoadedThroughASeparateClassLoader() throws Exception {
        // Fiji's class path: the artifacts Fiji ships that the folder leaves out, as this build resolved them.
        Map<String, String> fiji = FijiArtifacts.managedByPomScijava();
        Set<FijiArtifacts.Artifact> inFolder = artifactsInFijiFolder();
        List<String> fijiJars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith("test-classes")) {
                fijiJars.add(entry);
            } else if (entry.endsWith(".jar") && !new File(entry).getName().startsWith("ReLU_INR")) {
                Optional<FijiArtifacts.Artifact> artifact = FijiArtifacts.identify(Path.of(entry));
                if (artifact.isPresent() && fiji.containsKey(artifact.get().key()) && !inFolder.contains(artifact.get())) {
                    fijiJars.add(entry);
                }
            }
        }
        String fijiClassPath = String.join(File.pathSeparator, fijiJars);
        ChildJvm.Outcome outcome = ChildJvm.run(fijiClassPath, FijiLoaderMain.class.getName(), JARS.toString());
        assertEquals(0, outcome.exitCode(), outcome.output());
        Matcher m = Pattern.compile("PSNR=([0-9.]+)").matcher(outcome.output());
        assertTrue(m.find(), outcome.output());
        assertTrue(Double.parseDouble(m.group(1)) > 20, outcome.output());
    }

    private static Set<FijiArtifacts.Artifact> artifactsInFijiFolder() throws IOException {
        Set<FijiArtifacts.Artifact> artifacts = new HashSet<>();
        for (Path jar : FijiArtifacts.jars(JARS.getParent())) {
            FijiArtifacts.identify(jar).ifPresent(artifacts::add);
        }
        return artifacts;
    }

    private static List<String> jarNames() throws IOException {
        try (Stream<Path> files = Files.list(JARS)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
