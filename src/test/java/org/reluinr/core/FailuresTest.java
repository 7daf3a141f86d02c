package org.reluinr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.reluinr.core.Failures.Door;

/** Each kind of failure that can reach a front door becomes one message naming the problem and the fix. */
class FailuresTest {

    /** What ND4J throws when it finds no backend; only its name matters. */
    static final class NoAvailableBackendException extends Exception {
        NoAvailableBackendException(String message) {
            super(message);
        }
    }

    @Test
    void refusedInputKeepsItsOwnMessageAndEveryOtherFailureGetsOne() {
        assertEquals("iterations must be a positive integer, got 0",
                Failures.reason(new IllegalArgumentException("iterations must be a positive integer, got 0"), Door.IMAGEJ));
        assertEquals("another run is in progress", Failures.reason(new IllegalStateException("another run is in progress"),
                Door.SCIJAVA));
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        assertEquals(Failures.message(memory, Door.IMAGEJ), Failures.reason(memory, Door.IMAGEJ));
    }

    @Test
    void aMissingClassNamesItsLibraryItsJarAndWhereToInstallFrom() {
        String m = Failures.message(new NoClassDefFoundError("net/imglib2/RandomAccessibleInterval"), Door.IMAGEJ);
        assertEquals("cannot find net.imglib2 (ImgLib2, imglib2-*.jar; class net.imglib2.RandomAccessibleInterval is"
                + " missing): install every jar of target/imagej/plugins/ into ImageJ/plugins/ (for Fiji: target/fiji/"
                + " into Fiji.app/) and restart ImageJ", m);
        String wrapped = Failures.message(new RuntimeException("step failed",
                new ClassNotFoundException("org.slf4j.LoggerFactory")), Door.CLI);
        assertTrue(wrapped.startsWith("cannot find org.slf4j (SLF4J, slf4j-api-*.jar; class org.slf4j.LoggerFactory is"
                + " missing): run mvn package"), wrapped);
        assertTrue(Failures.message(new NoClassDefFoundError("org/scijava/Context"), Door.SCIJAVA)
                .startsWith("cannot find org.scijava (SciJava Common, scijava-common-*.jar;"));
        assertTrue(Failures.message(new NoClassDefFoundError("org/scijava/parsington/Token"), Door.SCIJAVA)
                .contains("(Parsington, parsington-*.jar;"));
        assertTrue(Failures.message(new NoClassDefFoundError("com/example/Other"), Door.SCIJAVA)
                .startsWith("cannot find com.example (class com.example.Other is missing): copy target/fiji/"));
    }

    @Test
    void nd4jsNativeLibraryOrBackendThatDoesNotLoadIsNamedWithThePlatformFix() {
        Throwable link = new RuntimeException("ND4J is probably missing dependencies",
                new UnsatisfiedLinkError("Could not find jnind4jcpu in class, module, and library paths."));
        Throwable initialised = new NoClassDefFoundError("Could not initialize class org.nd4j.linalg.factory.Nd4j");
        Throwable backend = new RuntimeException(new NoAvailableBackendException("Please ensure that you have an nd4j"
                + " backend on your classpath"));
        ExceptionInInitializerError staticInit = new ExceptionInInitializerError(new IllegalStateException("no CPU"));
        staticInit.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.nd4j.linalg.factory.Nd4j", "<clinit>", "Nd4j.java", 10)});
        for (Throwable t : new Throwable[] {link, initialised, backend, staticInit}) {
            String m = Failures.message(t, Door.IMAGEJ);
            assertTrue(m.startsWith("cannot start ND4J's native library for "), m);
            assertTrue(m.contains("target/imagej/plugins/") && m.contains("-Djavacpp.platform="), m);
        }
        assertTrue(Failures.message(link, Door.IMAGEJ).contains(
                "(UnsatisfiedLinkError: Could not find jnind4jcpu in class, module, and library paths):"));
        assertTrue(Failures.message(initialised, Door.IMAGEJ).contains(
                "(NoClassDefFoundError: Could not initialize class org.nd4j.linalg.factory.Nd4j):"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void runningOutOfMemorySaysHowToGetMore(Door door) {
        String m = Failures.message(new RuntimeException(new OutOfMemoryError("Java heap space")), door);
        assertTrue(m.startsWith("ran out of memory (OutOfMemoryError: Java heap space): "), m);
        assertTrue(m.contains(door == Door.CLI ? "INR_JAVA_OPTS=-Xmx" : "Edit > Options > Memory & Threads"), m);
    }

    @Test
    void aLibraryOfAnotherVersionOrAnOldJavaIsNamed() {
        String m = Failures.message(new NoSuchMethodError("'void org.nd4j.linalg.api.ndarray.INDArray.foo()'"), Door.SCIJAVA);
        assertTrue(m.startsWith("a library has another version than the one ReLU-INR was built with (NoSuchMethodError:"),
                m);
        assertTrue(Failures.message(new UnsupportedClassVersionError("class file version 61.0"), Door.IMAGEJ)
                .startsWith("needs a newer Java than this one, " + System.getProperty("java.version")));
    }

    @Test
    void anythingElseIsABugReportedWithWhereItHappened() {
        RuntimeException bug = new RuntimeException("boom");
        bug.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
                new StackTraceElement("org.reluinr.core.fit.Trainer", "step", "Trainer.java", 42)});
        String m = Failures.message(bug, Door.IMAGEJ);
        assertEquals("failed unexpectedly (RuntimeException: boom at org.reluinr.core.fit.Trainer.step(Trainer.java:42)):"
                + " this is a bug in ReLU-INR; please report it with this message at"
                + " https://github.com/reluinr/relu-inr/issues", m);
        String npe = Failures.message(new NullPointerException(), Door.CLI);
        assertTrue(npe.startsWith("failed unexpectedly (NullPointerException at "), npe);
    }

    @Test
    void aCauseChainThatLoopsEndsAndEveryMessageIsOneLine() {
        RuntimeException a = new RuntimeException("a\nsecond line");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        String m = Failures.message(b, Door.CLI);
        assertTrue(m.startsWith("failed unexpectedly (RuntimeException: b at "), m);
        assertFalse(Failures.message(new OutOfMemoryError("x\ny"), Door.CLI).contains("\n"));
    }

    @Test
    void worksWhereNeitherImageJNorSciJavaNorImgLib2NorNd4jCanBeLoaded() throws Exception {
        // Only ReLU-INR's own classes and the JDK: what a front door has when the install folder is incomplete.
        URL classes = Failures.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader bare = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> failures = bare.loadClass(Failures.class.getName());
            assertTrue(failures.getClassLoader() == bare);
            Class<?> door = bare.loadClass(Door.class.getName());
            Object imagej = door.getMethod("valueOf", String.class).invoke(null, "IMAGEJ");
            Object m = failures.getMethod("message", Throwable.class, door).invoke(null,
                    new NoClassDefFoundError("net/imglib2/RandomAccessibleInterval"), imagej);
            assertTrue(((String) m).startsWith("cannot find net.imglib2"), (String) m);
        }
    }
}
