package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.reluinr.core.image.EllipsoidPhantom;
import org.reluinr.core.model.VoxelSize;

/** {@code ./inr phantom3d}: writes the 3D Shepp–Logan phantom as a calibrated 32-bit z-stack, to try volume fits on. */
final class PhantomCli {

    static final String NAME = "phantom3d";

    private PhantomCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "[options]",
                "Writes OUT/phantom3d.tif: the modified 3D Shepp-Logan phantom sampled on size x size x depth\n"
                        + "voxels of a cube, so a voxel is size/depth pixel widths deep (recorded in the calibration).",
                List.of(new Option("size", "64", "pixels along x and y"),
                        new Option("depth", "32", "z-slices"),
                        TaskOutput.OUT));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        cl.positionals();
        int size = cl.integer("size");
        int depth = cl.integer("depth");
        if (size < 2 || depth < 2) {
            throw new UsageException("--size and --depth must be at least 2");
        }
        double voxelDepth = (double) size / depth;
        Path tif = new ResultWriter(cl.path("out")).image(EllipsoidPhantom.sheppLogan(size, size, depth), NAME,
                new VoxelSize(new double[] {1, 1, voxelDepth}, "pixel"));
        out.println("wrote " + tif + " (" + size + "×" + size + "×" + depth + ", voxel depth " + voxelDepth + ")");
        return 0;
    }
}
