package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.reluinr.core.fit.FitSettings;

/** {@code ./inr demo}: fits the bundled 256×256 cameraman with the paper's settings. */
final class DemoCli {

    static final String NAME = "demo";
    static final Path IMAGE = Path.of("test-images", "camera_256.png");

    private DemoCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "[options]",
                "Fits test-images/camera_256.png (width 300, 3 hidden layers, c = 9, 300 iterations) and writes\n"
                        + "OUT/camera_256-fit.tif and OUT/metrics.json. Takes a few minutes on two cores.",
                List.of(new Option("out", "demo-output", "output folder (created if missing)"),
                        new Option("iterations", "300", "training iterations")));
    }

    static int run(String[] args, Path home, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        cl.positionals();
        FitSettings settings = FitSettings.builder().width(300).hiddenLayers(3).c(9).learningRate(3e-3)
                .iterations(cl.integer("iterations")).seed(0).build();
        return FitCli.fitAndWrite(home.resolve(IMAGE), FitCli.prepare(home.resolve(IMAGE)), settings, cl.path("out"), null,
                out);
    }
}
