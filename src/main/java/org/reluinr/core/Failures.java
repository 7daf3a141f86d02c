package org.reluinr.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a failure that reached a front door (an ImageJ 1.x menu command, a SciJava command, the
 * command line) means to the user: one message naming the problem and the fix. Refused input
 * (IllegalArgumentException and the like) is not translated here; its message is already the
 * user's.
 *
 * <p>No ImageJ, SciJava or ImgLib2 imports: the front doors catch with this class exactly when
 * those libraries may be missing.
 */
public final class Failures {

    /** Where the failure reached the user; decides which installation the fix points to. */
    public enum Door {
        /** An ImageJ 1.x menu command (plain ImageJ, or Fiji's legacy layer). */
        IMAGEJ("install every jar of target/imagej/plugins/ into ImageJ/plugins/ (for Fiji: target/fiji/ into"
                + " Fiji.app/) and restart ImageJ",
                "give ImageJ more memory (Edit > Options > Memory & Threads...) or use a smaller image, width or"
                        + " batch_size"),
        /** A SciJava command, run in Fiji or another SciJava application. */
        SCIJAVA("copy target/fiji/ into Fiji.app/ (or use it as an update site) and restart Fiji",
                "give Fiji more memory (Edit > Options > Memory & Threads...) or use a smaller image, width or"
                        + " batch_size"),
        /** The command line, {@code ./inr}. */
        CLI("run mvn package, which fills target/lib/, and start ReLU-INR with ./inr",
                "start it with more memory (INR_JAVA_OPTS=-Xmx16g ./inr ...) or use a smaller image, --width or"
                        + " --batch_size");

        private final String install;
        private final String memory;

        Door(String install, String memory) {
            this.install = install;
            this.memory = memory;
        }
    }

    private static final String ISSUES = "https://github.com/reluinr/relu-inr/issues";

    /** Java packages of the libraries ReLU-INR needs, most specific first, and the jars they come in. */
    private static final String[][] LIBRARIES = {
            {"net.imglib2.", "ImgLib2", "imglib2-*.jar"},
            {"org.scijava.parsington.", "Parsington", "parsington-*.jar"},
            {"org.scijava.", "SciJava Common", "scijava-common-*.jar"},
            {"org.slf4j.", "SLF4J", "slf4j-api-*.jar"},
            {"org.nd4j.", "ND4J", "nd4j-*.jar"},
            {"org.bytedeco.openblas.", "OpenBLAS", "openblas-*.jar"},
            {"org.bytedeco.dnnl.", "oneDNN", "dnnl-*.jar"},
            {"org.bytedeco.", "JavaCPP", "javacpp-*.jar"},
            {"com.sun.jna.", "JNA", "jna-*.jar"},
            {"org.apache.commons.", "Apache Commons", "commons-*.jar"},
            {"ij.", "ImageJ 1.x", "ij.jar"},
            {"org.reluinr.", "ReLU-INR", "ReLU_INR-*.jar"},
    };

    private Failures() {
    }

    /**
     * What a front door tells the user about a run that gave no result: refused input's own
     * message (an IllegalArgumentException or IllegalStateException names the problem and the
     * fix), or {@link #message} for any other failure.
     */
    public static String reason(Throwable failure, Door door) {
        return failure instanceof IllegalArgumentException || failure instanceof IllegalStateException
                ? failure.getMessage() : message(failure, door);
    }

    /** One message for the user: what went wrong and what to do about it. */
    public static String message(Throwable failure, Door door) {
        List<Throwable> chain = chain(failure);
        String missing = missingClass(chain);
        if (missing != null) {
            return "cannot find " + library(missing) + ": " + door.install;
        }
        Throwable nativeFailure = nativeFailure(chain);
        if (nativeFailure != null && cudaBackend()) {
            return "cannot start ND4J's CUDA backend (" + describe(nativeFailure) + "): it needs an NVIDIA GPU with its"
                    + " driver, the CUDA 11.6 runtime and cuDNN 8.3; on a machine without them, install ReLU-INR built"
                    + " without -Pcuda (the CPU backend)";
        }
        if (nativeFailure != null) {
            return "cannot start ND4J's native library for " + platform() + " (" + describe(nativeFailure) + "): "
                    + door.install + "; the nd4j-native, openblas and javacpp jars must be those for this platform"
                    + " (build with -Djavacpp.platform=..., see the README)";
        }
        for (Throwable t : chain) {
            if (t instanceof OutOfMemoryError) {
                return "ran out of memory (" + describe(t) + "): " + door.memory;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof UnsupportedClassVersionError) {
                return "needs a newer Java than this one, " + System.getProperty("java.version") + " (" + describe(t)
                        + "): run it with a newer Java";
            }
            if (t instanceof LinkageError) {
                return "a library has another version than the one ReLU-INR was built with (" + describe(t)
                        + "): remove other versions of that library from the class path, then " + door.install;
            }
        }
        return "failed unexpectedly (" + describe(failure) + where(failure) + "): this is a bug in ReLU-INR;"
                + " please report it with this message at " + ISSUES;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The class a NoClassDefFoundError or ClassNotFoundException names, in dotted form; null when none. */
    private static String missingClass(List<Throwable> chain) {
        for (Throwable t : chain) {
            String m = t.getMessage();
            if ((t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) && m != null
                    && !m.startsWith("Could not initialize class")) {
                return m.trim().replace('/', '.');
            }
        }
        return null;
    }

    /**
     * What in the chain says that ND4J's backend did not load, or null: a native library that would not
     * link, ND4J reporting that it found no backend, or (when it failed earlier in this session) a class of
     * ND4J or JavaCPP whose initialisation failed.
     */
    private static Throwable nativeFailure(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof UnsatisfiedLinkError || t.getClass().getName().endsWith("NoAvailableBackendException")) {
                return t;
            }
        }
        for (Throwable t : chain) {
            String m = String.valueOf(t.getMessage());
            if ((t instanceof NoClassDefFoundError && isNd4j(m.replace("Could not initialize class ", "")))
                    || (t instanceof ExceptionInInitializerError && thrownIn(t) != null && isNd4j(thrownIn(t)))) {
                return t;
            }
        }
        return null;
    }

    private static boolean isNd4j(String className) {
        return className.startsWith("org.nd4j.") || className.startsWith("org.bytedeco.");
    }

    private static String thrownIn(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? null : trace[0].getClassName();
    }

    /** The library of a missing class, e.g. "net.imglib2 (ImgLib2, imglib2-*.jar; class ... is missing)". */
    private static String library(String className) {
        String missing = "class " + className + " is missing";
        for (String[] library : LIBRARIES) {
            if (className.startsWith(library[0])) {
                return library[0].substring(0, library[0].length() - 1) + " (" + library[1] + ", " + library[2]
                        + "; " + missing + ")";
            }
        }
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(0, dot) + " (" + missing + ")";
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        String text = m == null ? "" : m.strip().replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "");
        return t.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
    }

    /** Where in ReLU-INR (or else where at all) the failure was thrown. */
    private static String where(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.reluinr.")) {
                return " at " + e;
            }
        }
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    /** Whether this installation holds ND4J's CUDA backend (built with -Pcuda), looked up without loading it. */
    private static boolean cudaBackend() {
        return Failures.class.getClassLoader().getResource("org/nd4j/linalg/jcublas/JCublasBackend.class") != null;
    }

    /** The platform in JavaCPP's terms (linux-x86_64, macosx-arm64, windows-x86_64, ...). */
    private static String platform() {
        String os = System.getProperty("os.name", "?").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "?").toLowerCase(Locale.ROOT);
        os = os.startsWith("mac") ? "macosx" : os.startsWith("windows") ? "windows" : os;
        arch = arch.equals("amd64") ? "x86_64" : arch.equals("aarch64") ? "arm64" : arch;
        return os + "-" + arch;
    }
}
