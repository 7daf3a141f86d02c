package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.io.ModelFile;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.RenderRequest;
import org.reluinr.core.tasks.FittedPositions;
import org.reluinr.imagej.ImageFiles;

/**
 * {@code ./inr render MODEL}: samples a saved model on a regular grid of any size over any
 * region of its training extent and writes the image.
 */
final class RenderCli {

    static final String NAME = "render";

    private RenderCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "MODEL [options]",
                "Renders a model saved with --model_file: OUT/<model name>-render.tif (32-bit, the fit's intensity\n"
                        + "range). Rendering at the training size over the full extent reproduces the fit exactly.",
                List.of(new Option("width", null, "pixels along x (default: the training width)"),
                        new Option("height", null, "pixels along y (default: the training height)"),
                        new Option("depth", null, "slices along z, for a volume model (default: the training depth)"),
                        new Option("isotropic", "false", "true: as many slices as make the voxels as deep as they are"
                                + " wide (volume models; instead of --depth)"),
                        new Option("region", null, "x0,y0,x1,y1 (volumes: x0,y0,z0,x1,y1,z1) in pixel units of the "
                                + "training grid, ends included (default: the whole grid, 0 to size - 1)"),
                        TaskOutput.OUT));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path file = Path.of(cl.positionals("MODEL").get(0));
        ModelFile.Loaded loaded = ModelFile.read(file);
        InrModel model = loaded.model();
        // Options left out keep the training size (0); given ones must be sizes.
        String[] keys = {"width", "height", "depth"};
        int[] requested = new int[keys.length];
        for (int a = 0; a < keys.length; a++) {
            if (cl.has(keys[a])) {
                requested[a] = cl.integer(keys[a]);
                if (requested[a] < 1) {
                    throw new UsageException("render sizes must be positive, got --" + keys[a] + " " + requested[a]);
                }
            }
        }
        if (model.dimensions() < 3 && cl.has("depth")) {
            throw new UsageException("--depth applies to volume models; " + file + " is " + model.dimensions() + "D");
        }
        if (cl.bool("isotropic") && cl.has("depth")) {
            throw new UsageException("give either --depth or --isotropic, not both");
        }
        RenderRequest request = RenderRequest.of(model, requested, cl.has("region") ? cl.string("region") : null,
                cl.bool("isotropic"));
        ResultWriter writer = new ResultWriter(cl.path("out"));
        long t0 = System.nanoTime();
        FloatImage image = request.render(model);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        String name = ImageFiles.baseName(file) + "-" + NAME;
        Path tif = writer.image(image, name, request.voxelSize(model));
        int[] sizes = request.sizes();
        long pixels = Arrays.stream(sizes).asLongStream().reduce(1, (a, b) -> a * b);
        out.printf("rendered %s (%s model of %s, trained on %s) at %s in %.2f s (%.2f megapixels/s)%n", file,
                model.task(), model.settings().activation(), Arrays.toString(model.gridSizes()), Arrays.toString(sizes),
                seconds, pixels / seconds / 1e6);
        FittedPositions.offGridWarning(model, loaded.metrics(), request)
                .ifPresent(warning -> out.println("warning: " + warning));
        out.println("wrote " + tif);
        return 0;
    }
}
