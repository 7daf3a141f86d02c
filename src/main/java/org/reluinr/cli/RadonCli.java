package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.ProjectionAngles;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.operators.SupportCircle;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imagej.ImageFiles;

/** {@code ./inr radon IMAGE}: simulates a parallel-beam sinogram. */
final class RadonCli {

    static final String NAME = "radon";

    private RadonCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "IMAGE [options]",
                "Simulates the parallel-beam sinogram of a square grayscale IMAGE (one row per angle, one column per\n"
                        + "detector bin; scikit-image's radon(circle=True) geometry); writes OUT/<name>-radon.tif.",
                List.of(new Option("n_angles", "100", "number of projection angles"), AngleOptions.ANGLE_RANGE,
                        AngleOptions.ANGLE_LIST, new Option("out", ".", "output folder (created if missing)")));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("IMAGE").get(0));
        FloatImage image = InputImages.readPlane(input);
        InputChecks.requireFittable(image, "the image");
        if (image.width() != image.height() || image.channels() != 1) {
            throw new UsageException("radon needs a square grayscale image, got " + image.width() + "×" + image.height()
                    + (image.channels() > 1 ? " RGB" : "") + "; crop or pad it to n×n first");
        }
        double[] angles = cl.has("angle_list") ? ProjectionAngles.parse(cl.string("angle_list"))
                : ProjectionAngles.evenlySpaced(cl.integer("n_angles"), cl.number("angle_range"));
        RadonOperator radon = new RadonOperator(image.width(), angles);
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(image.data(), sinogram);
        Path tif = new ResultWriter(cl.path("out")).image(new FloatImage(image.width(), angles.length, 1, 1, sinogram),
                ImageFiles.baseName(input) + "-" + NAME);
        if (SupportCircle.holdsContentOutside(image.data(), image.width())) {
            out.println("note: " + SupportCircle.CONTENT_OUTSIDE_NOTE);
        }
        out.println("wrote " + tif + " (" + angles.length + " angles × " + image.width() + " bins)");
        return 0;
    }
}
