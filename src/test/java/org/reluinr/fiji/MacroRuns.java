package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

/** Runs a macro file in headless ImageJ 1.x in a JVM of its own and returns what it printed. */
final class MacroRuns {

    private MacroRuns() {
    }

    /**
     * @param extra macro code appended to the file, to print what the test checks
     */
    static String run(String macroFile, String argument, String extra) throws IOException, InterruptedException {
        ChildJvm.Outcome outcome = ChildJvm.run(ChildJvm.testClassPath(), LegacyMacroMain.class.getName(), macroFile,
                argument, extra);
        assertEquals(0, outcome.exitCode(), outcome.output());
        return outcome.output();
    }
}
