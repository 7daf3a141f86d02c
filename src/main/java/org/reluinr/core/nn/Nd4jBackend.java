package org.reluinr.core.nn;

import java.util.Map;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;

import com.sun.jna.NativeLibrary;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J once per JVM. ND4J discovers its backend through the thread's context class
 * loader; inside a host application (Fiji's plugin class loader) that loader cannot see
 * ND4J's jars, so it is pointed at ND4J's own loader for the first use.
 */
public final class Nd4jBackend {

    private static final String THREAD_TIMEOUT = "OPENBLAS_THREAD_TIMEOUT";

    private static volatile boolean started;
    private static long startupNanos;
    private static String threadTimeout;

    private Nd4jBackend() {
    }

    public static void initialise() {
        if (started) {
            return;
        }
        synchronized (Nd4jBackend.class) {
            if (started) {
                return;
            }
            long t0 = System.nanoTime();
            // OpenBLAS worker threads spin for ~2^28 cycles after each call before sleeping;
            // on few cores they steal the CPU from the Java passes between GEMMs (~20% of
            // an iteration on 2 cores). 2^4 cycles makes them sleep at once.
            threadTimeout = NativeEnvironment.setIfAbsent(THREAD_TIMEOUT, "4") ? "4 (set at start-up)"
                    : String.valueOf(System.getenv(THREAD_TIMEOUT));
            // OpenMP's threads (ND4J's, and oneDNN's bf16 products share its library) spin the
            // same way unless told to wait passively; this must be set before ND4J loads OpenMP.
            NativeEnvironment.setIfAbsent("OMP_WAIT_POLICY", "passive");
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Nd4j.class.getClassLoader());
            try {
                Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
                Nd4j.create(DataType.FLOAT, 1, 1);
            } finally {
                thread.setContextClassLoader(previous);
            }
            startupNanos = System.nanoTime() - t0;
            started = true;
        }
    }

    /** The OpenBLAS thread timeout in force, and who set it. */
    public static String blasThreadTimeout() {
        initialise();
        return threadTimeout;
    }

    /** Time the first {@link #initialise()} took (native libraries loaded), in nanoseconds. */
    public static long startupNanos() {
        return startupNanos;
    }

    /**
     * The CPU kernel family OpenBLAS chose, e.g. "SkylakeX", "Zen" or "Prescott". JavaCPP's
     * OpenBLAS bindings do not map openblas_get_corename, so it is called through JNA on the
     * library file JavaCPP loaded.
     */
    public static String blasCore() {
        return callBlasString("openblas_get_corename");
    }

    /** The OpenBLAS version and build options. */
    public static String blasConfig() {
        return callBlasString("openblas_get_config");
    }

    public static int blasThreads() {
        initialise();
        return openblas_nolapack.blas_get_num_threads();
    }

    private static String callBlasString(String function) {
        initialise();
        Loader.load(openblas_nolapack.class);
        for (Map.Entry<String, String> library : Loader.getLoadedLibraries().entrySet()) {
            String file = library.getValue();
            if (file != null && new java.io.File(file).getName().startsWith("libopenblas")) {
                return NativeLibrary.getInstance(file).getFunction(function).invokeString(new Object[0], false).trim();
            }
        }
        return "unknown";
    }

    /** JavaCPP's limits on native memory, which ND4J's buffers count against (-Dorg.bytedeco.javacpp.maxbytes=…). */
    public static String nativeMemoryLimits() {
        return String.format("%.0f MB allocated, %.0f MB resident (JavaCPP maxbytes, maxphysicalbytes)",
                nativeMemoryLimit() / 1e6, processMemoryLimit() / 1e6);
    }

    /** The native memory ND4J's buffers may take, in bytes (JavaCPP's maxbytes, by default the maximum heap; 0: no limit). */
    public static long nativeMemoryLimit() {
        return Pointer.maxBytes();
    }

    /** The memory the whole process may hold, Java heap included, in bytes (JavaCPP's maxphysicalbytes; 0: no limit). */
    public static long processMemoryLimit() {
        return Pointer.maxPhysicalBytes();
    }
}
