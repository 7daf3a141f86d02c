package org.reluinr.core.nn;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Sets process environment variables that native libraries read when they load. A host
 * application such as Fiji starts the JVM for us, so its launcher environment is not ours
 * to choose; libc's setenv is called through JNA instead. Values the user already set win.
 */
final class NativeEnvironment {

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private NativeEnvironment() {
    }

    /** Sets name=value unless name is already set; returns false where that is not possible. */
    static boolean setIfAbsent(String name, String value) {
        if (System.getenv(name) != null || System.getProperty("os.name", "").startsWith("Windows")) {
            return false;
        }
        try {
            LibC libc = Native.loadLibrary("c", LibC.class);
            return libc.setenv(name, value, 0) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
