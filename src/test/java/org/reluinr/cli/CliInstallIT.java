package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.fiji.ChildJvm;

/** The command line as ./inr starts it (the plugin jar and target/lib), with a jar of target/lib left out. */
class CliInstallIT {

    @TempDir
    Path tmp;

    @Test
    void missingNativeLibraryIsOneErrorLineAndExitStatusOne() throws Exception {
        ChildJvm.Outcome outcome = cli(name -> name.matches("nd4j-native-[0-9].*-(linux|macosx|windows)-.*\\.jar"));
        assertEquals(1, outcome.exitCode(), outcome.output());
        assertTrue(error(outcome).startsWith("error: cannot start ND4J's native library for "), outcome.output());
    }

    @Test
    void missingLibraryIsNamedWithTheFix() throws Exception {
        ChildJvm.Outcome outcome = cli(name -> name.startsWith("jna-"));
        assertEquals(1, outcome.exitCode(), outcome.output());
        assertEquals("error: cannot find com.sun.jna (JNA, jna-*.jar; class com.sun.jna.Library is missing): run mvn"
                + " package, which fills target/lib/, and start ReLU-INR with ./inr", error(outcome));
    }

    /** The one line after the command's "fitting ..." line; no stack trace. */
    private static String error(ChildJvm.Outcome outcome) {
        List<String> lines = outcome.output().lines().toList();
        assertEquals(2, lines.size(), outcome.output());
        assertTrue(lines.get(0).startsWith("fitting "), outcome.output());
        return lines.get(1);
    }

    private ChildJvm.Outcome cli(Predicate<String> leaveOut) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>(List.of(Path.of("target", "ReLU_INR-0.1.0.jar").toString()));
        try (Stream<Path> lib = Files.list(Path.of("target", "lib"))) {
            lib.filter(p -> !leaveOut.test(p.getFileName().toString())).sorted().forEach(p -> classPath.add(p.toString()));
        }
        return ChildJvm.run(String.join(File.pathSeparator, classPath), Main.class.getName(), "fit",
                Path.of("test-images", "camera_256.png").toString(), "--iterations", "2", "--width", "64", "--out",
                tmp.toString());
    }
}
