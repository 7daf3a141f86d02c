package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.reluinr.testing.Bf16Support;
import org.reluinr.testing.TestImages;

/**
 * The plugin in a real ImageJ 1.x of its own, as a user installs it: a fresh copy of
 * target/imagej as ImageJ's folder, {@code java -Dplugins.dir=COPY -jar ij.jar -batch MACRO}
 * with nothing else on the class path, for Fiji's ImageJ 1.x and an older one (both copied to
 * target/ij/ by mvn verify). Runs under Xvfb (xvfb-run) where there is no display.
 */
class ImageJProcessIT {

    private static final Path IMAGEJ = Path.of("target", "imagej");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final int ITERATIONS = 60;

    @TempDir
    Path tmp;

    static List<String> versions() {
        return List.of(System.getProperty("reluinr.imagej1-versions", "(reluinr.imagej1-versions is not set)").split(","));
    }

    @ParameterizedTest
    @MethodSource("versions")
    void exampleMacrosFitSuperResolveAndReconstruct(String version) throws Exception {
        Path folder = install(name -> false);
        Path camera32 = TestImages.smallCopy("camera_256.png", 32, tmp, "camera32.tif");
        Path camera16 = TestImages.smallCopy("camera_256.png", 16, tmp, "camera16.tif");
        Path camera64 = TestImages.smallCopy("camera_256.png", 64, tmp, "camera64.tif");

        String fit = imagej(version, folder, example("fit_inr.ijm", "fit.tif"), camera32.toString());
        assertTrue(fit.contains("camera32-fit: completed " + ITERATIONS + " iterations, PSNR "), fit);
        assertTrue(fit.contains("ReLU-INR fit camera32.tif plane 1: completed " + ITERATIONS + " iterations"), fit);
        assertTrue(number("PSNR ([0-9.]+) dB", fit) > 25, fit);
        assertSaved("fit.tif", 32, 32, ImagePlus.GRAY32, fit);

        // In bf16_backward where the CPU runs it, so that oneDNN's library loads from the install folder too,
        // without JavaCPP's version warning.
        Path superresMacro = example("super_resolution.ijm", "superres.tif");
        if (Bf16Support.onThisMachine()) {
            String bf16 = Files.readString(superresMacro).replace("precision=fp32", "precision=bf16_backward");
            assertTrue(bf16.contains("precision=bf16_backward"), bf16);
            Files.writeString(superresMacro, bf16);
        }
        String superres = imagej(version, folder, superresMacro, camera16 + "|" + camera64);
        assertTrue(superres.contains("camera16-superres: 64x64, PSNR "), superres);
        assertFalse(superres.contains("do not match"), superres);
        assertTrue(number("PSNR ([0-9.]+) dB", superres) > 15, superres);
        assertTrue(number("bicubic ([0-9.]+) dB", superres) > 15, superres);
        assertSaved("superres.tif", 64, 64, ImagePlus.GRAY32, superres);

        String ct = imagej(version, folder, example("ct_reconstruction.ijm", "ct.tif"),
                GOLDEN.resolve("phantom64_sinogram_45angles.tif").toAbsolutePath() + "|"
                        + GOLDEN.resolve("phantom64.tif").toAbsolutePath());
        assertTrue(ct.contains("phantom64_sinogram_45angles-ct: PSNR "), ct);
        assertTrue(number("PSNR ([0-9.]+) dB", ct) > 15, ct);
        assertTrue(number("FBP ([0-9.]+) dB", ct) > 25, ct);
        assertSaved("ct.tif", 64, 64, ImagePlus.GRAY32, ct);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void badInputGivesOneLogLinePerRefusalAndKeepsTheInput(String version) throws Exception {
        String out = imagej(version, install(name -> false), Path.of("src", "test", "resources", "macros",
                "bad_input.ijm").toAbsolutePath(), null);
        assertEquals(1, count(out, "ReLU-INR Fit INR...: no image is open; open or select the input image first"), out);
        for (String line : List.of("unknown macro key widht; the keys are iterations, advanced, c,",
                "iterations must be a positive integer, got 0", "width must be a whole number, got 12.5",
                "c must be a positive number, got -1.0", "learning_rate must be a number, got 'abc' (default 0.003)")) {
            assertEquals(1, count(out, "ReLU-INR Fit INR... on input: " + line), line + " in\n" + out);
        }
        assertTrue(out.contains("AFTER=1 input 64 48 0.5 0 1.0"), "only the input is open, unchanged: " + out);
        assertFalse(out.contains("Exception"), out);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void pluginsFolderWithoutImgLib2SaysSoInOneLogLine(String version) throws Exception {
        String out = fitWithout(version, name -> name.startsWith("imglib2-"));
        assertTrue(out.contains("ReLU-INR Fit INR... on camera32.tif: cannot find net.imglib2 (ImgLib2, imglib2-*.jar; class"
                + " net.imglib2.RandomAccessibleInterval is missing): install every jar of target/imagej/plugins/ into"
                + " ImageJ/plugins/ (for Fiji: target/fiji/ into Fiji.app/) and restart ImageJ"), out);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void pluginsFolderWithoutNd4jsNativeLibrarySaysSoInOneLogLine(String version) throws Exception {
        String out = fitWithout(version, name -> name.matches("nd4j-native-[0-9].*-(linux|macosx|windows)-.*\\.jar"));
        assertTrue(out.contains("ReLU-INR Fit INR... on camera32.tif: cannot start ND4J's native library for "), out);
        assertTrue(out.contains("-Djavacpp.platform="), out);
    }

    /** Runs the Fit INR example with an incomplete plugins folder: one log line of ReLU-INR, and no result. */
    private String fitWithout(String version, Predicate<String> leaveOut) throws Exception {
        Path folder = install(leaveOut);
        Path camera32 = TestImages.smallCopy("camera_256.png", 32, tmp, "camera32.tif");
        String out = imagej(version, folder, example("fit_inr.ijm", null), camera32.toString());
        assertEquals(1, count(out, "ReLU-INR"), "one line, nothing else: " + out);
        assertTrue(out.contains("IMAGES=1 camera32.tif"), "no result: " + out);
        return out;
    }

    /** A fresh copy of target/imagej without the plugins the filter names; ImageJ reads its plugins/ subfolder. */
    private Path install(Predicate<String> leaveOut) throws IOException {
        assertTrue(Files.isDirectory(IMAGEJ.resolve("plugins")), "mvn package assembles " + IMAGEJ);
        Path copy = Files.createTempDirectory(tmp, "imagej");
        Files.createDirectories(copy.resolve("plugins"));
        try (Stream<Path> jars = Files.list(IMAGEJ.resolve("plugins"))) {
            for (Path jar : jars.toList()) {
                if (!leaveOut.test(jar.getFileName().toString())) {
                    Files.copy(jar, copy.resolve("plugins").resolve(jar.getFileName()));
                }
            }
        }
        return copy;
    }

    /**
     * An example macro of macros/ with fewer iterations and without the TV reconstruction that
     * tv_weight=auto starts from (InverseProblemMacroTest runs the examples with it in-process),
     * followed by lines that print the number of open images and the active title and save the
     * result (when saveAs is not null).
     */
    private Path example(String name, String saveAs) throws IOException {
        String macro = Files.readString(Path.of("macros", name)).replaceAll("iterations=[0-9]+", "iterations=" + ITERATIONS)
                .replace("tv_weight=auto", "tv_weight=0");
        macro += "\nprint(\"IMAGES=\" + nImages + \" \" + getTitle());\n";
        if (saveAs != null) {
            macro += "saveAs(\"Tiff\", \"" + tmp.resolve(saveAs).toAbsolutePath() + "\");\n";
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, macro);
        return file;
    }

    /** Runs ImageJ 1.x of the given version in a process of its own; returns its output (the log, in batch mode). */
    private String imagej(String version, Path folder, Path macro, String argument) throws Exception {
        Path ij = Path.of("target", "ij", "ij-" + version + ".jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(ij), ij + " is missing; mvn verify copies it there before the integration tests");
        List<String> command = new ArrayList<>(VirtualDisplay.launcher());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dplugins.dir=" + folder.toAbsolutePath(), "-jar", ij.toString(), "-batch", macro.toString()));
        if (argument != null) {
            command.add(argument);
        }
        Path log = Files.createTempFile(tmp, "imagej", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("CLASSPATH");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("ImageJ " + version + " did not finish " + macro.getFileName() + ":\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        System.out.println("ImageJ " + version + ", " + macro.getFileName() + ":\n" + out);
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private void assertSaved(String name, int width, int height, int type, String output) {
        ImagePlus saved = IJ.openImage(tmp.resolve(name).toString());
        assertTrue(saved != null, name + " was not saved: " + output);
        assertEquals(width, saved.getWidth(), output);
        assertEquals(height, saved.getHeight(), output);
        assertEquals(type, saved.getType(), output);
        assertTrue(saved.getInfoProperty() != null && saved.getInfoProperty().contains("relu_inr_version"),
                "the settings and version are in the saved image's info: " + saved.getInfoProperty());
    }

    private static double number(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return Double.parseDouble(m.group(1));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
