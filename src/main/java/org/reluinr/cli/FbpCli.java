package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.FilteredBackProjection;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imagej.ImageFiles;

/** {@code ./inr fbp SINOGRAM}: classical filtered back-projection. */
final class FbpCli {

    static final String NAME = "fbp";

    private FbpCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "SINOGRAM [options]",
                "Filtered back-projection of SINOGRAM (one row per angle, n detector bins) to an n×n image;\n"
                        + "writes OUT/<name>-fbp.tif.",
                List.of(new Option("filter", "ramp", "ramp, shepp_logan, cosine or hann"), AngleOptions.ANGLE_RANGE,
                        AngleOptions.ANGLE_LIST, new Option("out", ".", "output folder (created if missing)")));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("SINOGRAM").get(0));
        FloatImage sinogram = InputImages.readPlane(input);
        InputChecks.requireFittable(sinogram, "the sinogram");
        if (sinogram.channels() != 1) {
            throw new UsageException("the sinogram must be grayscale");
        }
        FilteredBackProjection.Filter filter = FilteredBackProjection.Filter.parse(cl.string("filter"));
        double[] angles = AngleOptions.forRows(cl, sinogram.height());
        int n = sinogram.width();
        float[] image = FilteredBackProjection.reconstruct(sinogram.data(), n, angles, filter);
        Path tif = new ResultWriter(cl.path("out")).image(new FloatImage(n, n, 1, 1, image),
                ImageFiles.baseName(input) + "-" + NAME);
        out.println("wrote " + tif);
        return 0;
    }
}
