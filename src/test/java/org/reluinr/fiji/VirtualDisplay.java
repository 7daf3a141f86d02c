package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.List;

/** How a test starts a process that needs a display: under Xvfb (xvfb-run) where it is installed, else on the current display. */
final class VirtualDisplay {

    /** Big enough for every window a run opens side by side. */
    private static final String SCREEN = "-screen 0 1280x1000x24";

    private VirtualDisplay() {
    }

    /** The command that goes before the java command line. */
    static List<String> launcher() {
        if (onPath("xvfb-run")) {
            return List.of("xvfb-run", "-a", "-s", SCREEN);
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            fail("there is no display and no xvfb-run; install xvfb (apt-get install xvfb) or set DISPLAY");
        }
        return List.of();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
