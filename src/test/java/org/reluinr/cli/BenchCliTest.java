package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BenchCliTest {

    private static final String SMALL = "--width 16 --hidden_layers 1 --iterations 2 --warmup 1";

    @Test
    void everyTaskIsTimedWithItsIterationSplitIntoParts() {
        for (String task : new String[] {"fit --size 16", "superres --size 16 --scale 4", "ct --size 16 --angles 8",
                "volume --size 8 --depth 4"}) {
            CliRun r = CliRun.of(("bench --task " + task + " " + SMALL).split(" "));
            assertEquals(0, r.status(), r.err());
            double iteration = seconds(r.out(), "seconds per iteration");
            double parts = seconds(r.out(), "network GEMMs") + seconds(r.out(), "activation passes")
                    + seconds(r.out(), "operator fwd\\+adjoint") + seconds(r.out(), "Adam");
            assertTrue(parts <= iteration * 1.05 + 1e-4, "the parts are within the iteration: " + r.out());
            assertTrue(r.out().contains("task                    " + task.split(" ")[0]), r.out());
        }
    }

    @Test
    void saysWhatChoseTheOpenBlasKernel() {
        CliRun r = CliRun.of(("bench --task fit --size 8 " + SMALL).split(" "));
        boolean inherited = System.getenv("OPENBLAS_CORETYPE") != null || System.getenv("OPENBLAS_L2_SIZE") != null;
        assertTrue(r.out().contains(inherited ? "chosen by the inherited" : "chosen by OpenBLAS for this CPU"), r.out());
    }

    @Test
    void refusesAnUnknownTask() {
        CliRun r = CliRun.of("bench", "--task", "movie");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--task must be one of fit, superres, ct, volume, got 'movie'"), r.err());
    }

    private static double seconds(String out, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + label + "\\s+([0-9.]+) s").matcher(out);
        assertTrue(m.find(), label + " in " + out);
        return Double.parseDouble(m.group(1));
    }
}
