package org.reluinr.core.model;

import java.util.Arrays;
import java.util.List;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.TrainingStep;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.grid.PositionalEncoding;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.io.NumberList;
import org.reluinr.core.nn.Mlp;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.ParameterTensor;

/**
 * A fitted INR as a continuous function: the network, the grid it was trained on (which fixes
 * the coordinate system: pixel i of an axis of n pixels and half-extent e sits at
 * e·(−1 + 2i/(n − 1))), the per-channel intensity mapping of its output, and the physical
 * size of a training pixel. Positions are given in pixel units of the training grid (the
 * task's reconstruction), so the model can be sampled anywhere, at any density. Immutable;
 * {@link Sampler}s evaluate it.
 */
public final class InrModel {

    /** Points evaluated at once when rendering: large enough for efficient GEMMs, small in memory. */
    static final int RENDER_ROWS = 16384;

    private final String task;
    private final FitSettings settings;
    private final CoordinateGrid grid;
    private final VoxelSize voxelSize;
    private final IntensityRange outputRange;
    private final float[][] parameters;
    private final MlpSpec spec;
    private final PositionalEncoding encoding;

    /**
     * @param grid the training grid
     * @param voxelSize the physical size of a training pixel along each axis of the grid
     * @param outputRange maps the network's [0, 1] output of each channel to image values
     * @param parameters the tensors of {@link Mlp#parameters()}, in order
     */
    public InrModel(String task, FitSettings settings, CoordinateGrid grid, VoxelSize voxelSize,
            IntensityRange outputRange, float[][] parameters) {
        if (voxelSize.dimensions() != grid.dimensions()) {
            throw new IllegalArgumentException("the voxel size has " + voxelSize.dimensions() + " axes, the grid "
                    + grid.dimensions());
        }
        this.task = task;
        this.settings = settings;
        this.grid = grid;
        this.voxelSize = voxelSize;
        this.outputRange = outputRange;
        this.spec = TrainingStep.networkSpec(grid, outputRange.channels(), settings);
        this.encoding = TrainingStep.encoding(grid, settings);
        List<MlpSpec.Tensor> tensors = spec.tensors();
        if (parameters.length != tensors.size()) {
            throw new IllegalArgumentException("the network has " + tensors.size() + " tensors, got " + parameters.length);
        }
        this.parameters = new float[parameters.length][];
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].length != tensors.get(i).size()) {
                throw new IllegalArgumentException("tensor " + tensors.get(i).name() + " has " + tensors.get(i).size()
                        + " values, got " + parameters[i].length);
            }
            this.parameters[i] = parameters[i].clone();
        }
    }

    /** A model of an fit without calibration (x and y spanning [−1, 1], unit pixels). */
    public InrModel(String task, FitSettings settings, int[] gridSizes, IntensityRange outputRange,
            float[][] parameters) {
        this(task, settings, new CoordinateGrid(gridSizes), VoxelSize.pixels(gridSizes.length), outputRange,
                parameters);
    }

    public String task() {
        return task;
    }

    public FitSettings settings() {
        return settings;
    }

    public int[] gridSizes() {
        return grid.sizes();
    }

    public CoordinateGrid grid() {
        return grid;
    }

    public VoxelSize voxelSize() {
        return voxelSize;
    }

    public int dimensions() {
        return grid.dimensions();
    }

    public int channels() {
        return outputRange.channels();
    }

    public IntensityRange outputRange() {
        return outputRange;
    }

    public MlpSpec spec() {
        return spec;
    }

    /** A copy of tensor i's values. */
    public float[] parameters(int i) {
        return parameters[i].clone();
    }

    public int tensorCount() {
        return parameters.length;
    }

    /** The network's [0, 1] output on a grid of {@code sizes} points, channel-planar, as an image in the output range. */
    public FloatImage toImage(float[] unitOutput, int... sizes) {
        int[] s = Arrays.copyOf(sizes, 3);
        return outputRange.denormalise(new FloatImage(s[0], Math.max(1, s[1]), Math.max(1, s[2]), channels(),
                unitOutput));
    }

    /** The whole training extent sampled on a grid of {@code sizes} points (the training sizes reproduce the fit). */
    public FloatImage render(int... sizes) {
        return render(sizes, fullExtent());
    }

    /**
     * Samples a region on a regular grid: along axis a, {@code sizes[a]} points from
     * {@code region[a][0]} to {@code region[a][1]} inclusive, in pixel units of the training grid.
     */
    public FloatImage render(int[] sizes, double[][] region) {
        return toImage(sample(sizes, region), sizes);
    }

    /** What {@link #render(int[], double[][])} shows, as the network's [0, 1] output, channel-planar. */
    public float[] sample(int[] sizes, double[][] region) {
        if (sizes.length != dimensions() || region.length != dimensions()) {
            throw new IllegalArgumentException("the model has " + dimensions() + " axes; give a size and a range for each");
        }
        for (int a = 0; a < sizes.length; a++) {
            if (sizes[a] < 1) {
                throw new IllegalArgumentException("render sizes must be positive, got " + Arrays.toString(sizes));
            }
            if (!Double.isFinite(region[a][0]) || !Double.isFinite(region[a][1])) {
                throw new IllegalArgumentException("the region must be finite numbers");
            }
        }
        CoordinateGrid output = new CoordinateGrid(sizes);
        int points = output.points();
        long bytes = 8L * points * channels(); // the network's output and the image
        if (bytes > Runtime.getRuntime().maxMemory() / 2) {
            throw new IllegalArgumentException(String.format("rendering %s needs %.0f MB, more than half the Java heap"
                    + " (-Xmx); render a smaller size or region", Arrays.toString(sizes), bytes / 1e6));
        }
        int chunk = Math.min(points, RENDER_ROWS);
        Sampler sampler = new Sampler(chunk);
        float[] unit = new float[points * channels()];
        float[] coordinates = new float[chunk * dimensions()];
        for (int first = 0; first < points; first += chunk) {
            int count = Math.min(chunk, points - first);
            for (int p = 0; p < count; p++) {
                int rest = first + p;
                for (int a = 0; a < sizes.length; a++) {
                    int j = rest % sizes[a];
                    rest /= sizes[a];
                    double pixel = sizes[a] == 1 ? region[a][0]
                            : region[a][0] + (region[a][1] - region[a][0]) * j / (sizes[a] - 1);
                    coordinates[p * sizes.length + a] = grid.coordinateAt(a, pixel);
                }
            }
            sampler.evaluate(coordinates, count, unit, first, points);
        }
        return unit;
    }

    /**
     * Parses a region "x0,y0,x1,y1" (or "x0,y0,z0,x1,y1,z1" for a volume) in pixel units of
     * the training grid into one [from, to] pair per axis; null or blank is the full extent.
     */
    public double[][] parseRegion(String text) {
        if (text == null || text.isBlank()) {
            return fullExtent();
        }
        double[] v = NumberList.parse("region", text, Double::isFinite, "finite numbers");
        int d = dimensions();
        if (v.length != 2 * d) {
            throw new IllegalArgumentException("region needs " + 2 * d + " numbers for a " + d + "D model ("
                    + (d == 3 ? "x0,y0,z0,x1,y1,z1" : "x0,y0,x1,y1") + "), got " + v.length);
        }
        double[][] region = new double[d][];
        for (int a = 0; a < d; a++) {
            region[a] = new double[] {v[a], v[a + d]};
        }
        return region;
    }

    /** [0, n − 1] along every axis: the pixel centres of the training grid. */
    public double[][] fullExtent() {
        int[] sizes = grid.sizes();
        double[][] region = new double[sizes.length][];
        for (int a = 0; a < sizes.length; a++) {
            region[a] = new double[] {0, sizes[a] - 1};
        }
        return region;
    }

    /**
     * The number of z-slices that makes a volume rendered with {@code width} samples along x
     * over {@code region} isotropic: its voxel depth as close as possible to its pixel width.
     */
    public int isotropicDepth(int width, double[][] region) {
        if (dimensions() != 3) {
            throw new IllegalArgumentException("isotropic applies to volume models; this model is " + dimensions() + "D");
        }
        double pixel = voxelSize.size(0) * Math.abs(region[0][1] - region[0][0]) / Math.max(1, width - 1);
        double depth = voxelSize.size(2) * Math.abs(region[2][1] - region[2][0]);
        return (int) Math.max(1, Math.round(depth / pixel) + 1);
    }

    /** The voxel size of an image rendered with {@code sizes} samples over {@code region} (same unit). */
    public VoxelSize renderedVoxelSize(int[] sizes, double[][] region) {
        double[] size = new double[sizes.length];
        for (int a = 0; a < sizes.length; a++) {
            double span = Math.abs(region[a][1] - region[a][0]);
            size[a] = voxelSize.size(a) * (sizes[a] > 1 && span > 0 ? span / (sizes[a] - 1) : 1);
        }
        return new VoxelSize(size, voxelSize.unit());
    }

    /**
     * Evaluates the model at batches of up to {@code capacity} points, in native buffers of
     * its own. Not thread-safe; use one per thread.
     */
    public final class Sampler {

        private final Mlp network;

        public Sampler(int capacity) {
            network = new Mlp(spec, capacity, 0);
            List<ParameterTensor> tensors = network.parameters();
            for (int i = 0; i < parameters.length; i++) {
                System.arraycopy(parameters[i], 0, tensors.get(i).values(), 0, parameters[i].length);
            }
        }

        /**
         * The network's [0, 1] outputs at {@code count} points given as network coordinates
         * (row-major), into {@code planar} at rows [first, first + count) of {@code total}.
         */
        public void evaluate(float[] coordinates, int count, float[] planar, int first, int total) {
            network.forward(encoding == null ? coordinates : encoding.encode(coordinates, count), count);
            network.readOutput(planar, first, total);
        }

        /** The model's value of one channel at a position in pixel units of the training grid. */
        public float value(double[] pixel, int channel) {
            float[] xyz = new float[dimensions()];
            for (int a = 0; a < xyz.length; a++) {
                xyz[a] = grid.coordinateAt(a, pixel[a]);
            }
            float[] out = new float[channels()];
            evaluate(xyz, 1, out, 0, 1);
            return outputRange.denormalise(channel, out[channel]);
        }
    }
}
