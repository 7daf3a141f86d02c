package org.reluinr.fiji;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM and collects its output. ImageJ 1.x patching and native
 * libraries can each be set up once per JVM, so tests that need their own do it here.
 */
public final class ChildJvm {

    public record Outcome(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    public static Outcome run(String classPath, String mainClass, String... args) throws IOException, InterruptedException {
        return run(List.of(), true, classPath, mainClass, args);
    }

    public static Outcome run(List<String> launcher, boolean headless, String classPath, String mainClass, String... args)
            throws IOException, InterruptedException {
        return run(Map.of(), launcher, headless, classPath, mainClass, args);
    }

    /**
     * @param environment variables set for the JVM beside the inherited ones
     * @param launcher what starts the JVM, e.g. {@code xvfb-run -a} for a virtual display (none: empty)
     * @param headless whether the JVM runs without a display
     */
    public static Outcome run(Map<String, String> environment, List<String> launcher, boolean headless,
            String classPath, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx2g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Djava.awt.headless=" + headless,
                "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish");
        }
        return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** The class path this test runs with. */
    static String testClassPath() {
        return System.getProperty("java.class.path");
    }
}
