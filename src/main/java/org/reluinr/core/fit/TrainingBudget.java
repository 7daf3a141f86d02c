package org.reluinr.core.fit;

import java.util.Locale;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.Nd4jBackend;
import org.reluinr.core.operators.FootprintOperator;

/**
 * What a training run will need before it starts: the network's parameter count, the memory
 * of parameters, Adam's moments, snapshots and buffers (Java heap and ND4J's native memory
 * apart, as each has its own limit), and the time per iteration. {@link #requireWithin}
 * refuses a run that cannot fit, naming the numbers and the fix, instead of failing with an
 * overflow or running out of memory after minutes. The counts follow what {@link TrainingStep},
 * {@code Mlp}, {@code DenseLayer}, {@code Adam} and {@link Trainer} allocate; all arithmetic is
 * in long or double, so no size overflows.
 */
public final class TrainingBudget {

    /**
     * Sustained rate of a whole iteration (GEMMs and the Java passes between them) on the 2-core
     * development machine: one 256² fit iteration at width 300 with 3 hidden layers is 71.05
     * GFLOP of GEMMs and took 0.26 s. A named constant rather than a calibration at start-up,
     * which would cost a second and vary with the load; other machines scale roughly with
     * their GEMM speed. Operators (Radon) and the TV prior are not counted.
     */
    public static final double FLOPS_PER_SECOND = 71.05e9 / 0.26;

    /** Beyond any INR (the paper's have 3 to 5); the estimate walks through the layers. */
    static final int MAX_HIDDEN_LAYERS = 10_000;

    /** The most values one Java array holds. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * The size of what a run fits: the grid the network is sampled on, its output channels,
     * the measurements per channel, and each measurement's footprint on the grid (0 when the
     * operator has none, so batch_size does not apply).
     */
    public record ProblemSize(CoordinateGrid grid, int channels, long measurements, int footprint) {

        /** A fit to an image on this grid: one measurement per grid point, each its own point (identity). */
        public static ProblemSize ofImage(CoordinateGrid grid, int channels) {
            return new ProblemSize(grid, channels, grid.points(), 1);
        }

        public static ProblemSize of(FitProblem problem) {
            int footprint = problem.operator() instanceof FootprintOperator f ? f.footprintSize() : 0;
            return new ProblemSize(problem.grid(), problem.channels(), problem.operator().rangeSize(), footprint);
        }
    }

    private final String network;
    private final long parameters;
    private final long heapBytes;
    private final long nativeBytes;
    private final double flopsPerIteration;
    private final int iterations;
    /** What to lower when memory does not suffice. */
    private final String remedy;
    /** Why no memory would suffice (an array too large for Java), or null. */
    private final String tooLarge;

    private TrainingBudget(String network, long parameters, double heapBytes, double nativeBytes,
            double flopsPerIteration, int iterations, String remedy, String tooLarge) {
        this.network = network;
        this.parameters = parameters;
        // a double beyond the long range saturates at Long.MAX_VALUE
        this.heapBytes = (long) heapBytes;
        this.nativeBytes = (long) nativeBytes;
        this.flopsPerIteration = flopsPerIteration;
        this.iterations = iterations;
        this.remedy = remedy;
        this.tooLarge = tooLarge;
    }

    /** The memory a run may use, in bytes; 0 means no limit. */
    public record MemoryLimits(long heapBytes, long nativeBytes, long processBytes) {

        /** This JVM's maximum heap and JavaCPP's limits on native and process memory. */
        public static MemoryLimits ofThisJvm() {
            return new MemoryLimits(Runtime.getRuntime().maxMemory(), Nd4jBackend.nativeMemoryLimit(),
                    Nd4jBackend.processMemoryLimit());
        }
    }

    public static TrainingBudget of(FitProblem problem, FitSettings settings) {
        return of(ProblemSize.of(problem), settings);
    }

    /**
     * @throws IllegalArgumentException for a network too large to count (more hidden layers
     *     than {@value #MAX_HIDDEN_LAYERS}, or more parameters than a long holds)
     */
    public static TrainingBudget of(ProblemSize problem, FitSettings settings) {
        if (settings.hiddenLayers() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("hidden_layers " + settings.hiddenLayers() + " is more than "
                    + MAX_HIDDEN_LAYERS + "; INRs use 2 to 10");
        }
        MlpSpec spec;
        long parameters;
        long deviceWeights;
        try {
            spec = TrainingStep.networkSpec(problem.grid(), problem.channels(), settings);
            parameters = spec.parameterCount();
            deviceWeights = spec.deviceWeightCount();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("width " + settings.width() + " with " + settings.hiddenLayers()
                    + " hidden layers has more parameters than can be counted; lower width");
        }
        double points = problem.grid().points();
        double values = points * problem.channels();
        double measurements = problem.measurements();
        int rows = TrainingStep.chunkRows(spec, problem.grid().points());
        boolean chunked = rows < points;
        boolean batched = settings.batchSize() > 0 && problem.footprint() > 0;

        // Heap: values, gradients, Adam's two moments and the best-so-far snapshot of every
        // parameter (a warm start's initial values are the caller's); per device weight the
        // staging copy and the layout's source index and sign; the output, its gradient and the
        // returned copy; the data loss's image, residual and back-projection; the inputs (all
        // points, or a chunk); the histories.
        double parameterHeap = 4.0 * (5.0 * parameters + 3.0 * deviceWeights);
        double inputs = chunked ? rows : points;
        double pointHeap = 4.0 * (3 * values + 2 * points + measurements + inputs * (spec.inputs()
                + problem.grid().dimensions()) + (double) rows * Math.max(spec.inputs(), spec.outputs()))
                + 3.0 * 8 * settings.iterations();
        if (batched) {
            double batchRows = Math.min(Math.min(settings.batchSize(), measurements), Math.max(1, rows
                    / problem.footprint())) * problem.footprint();
            pointHeap += 4.0 * (measurements + batchRows * (1 + 2 * problem.channels()));
        }
        // Native: the activation buffers of one chunk (MlpSpec.bytesPerRow) and each layer's
        // device weights and weight gradient.
        double nativeMemory = (double) spec.bytesPerRow() * rows + 2 * 4.0 * deviceWeights;

        double flops = flops(spec, points, chunked, batched ? measurements * problem.footprint() : 0);
        String remedy = parameterHeap + 2 * 4.0 * deviceWeights > pointHeap ? "lower width or hidden_layers"
                : "fit a smaller image (crop or bin it)";
        String network = String.format(Locale.ROOT, "width %d with %d hidden layers (%,d parameters)",
                settings.width(), settings.hiddenLayers(), parameters);
        return new TrainingBudget(network, parameters, parameterHeap + pointHeap, nativeMemory, flops,
                settings.iterations(), remedy, tooLarge(spec, values, settings));
    }

    /**
     * GEMM operations of one iteration: the forward pass over the grid (2 per multiply-add),
     * the backward pass's weight and input gradients (none for the first layer's input), the
     * forward pass again per chunk when the grid is chunked; with mini-batches the backward
     * passes run over every measurement's footprint instead, after its own forward pass.
     */
    private static double flops(MlpSpec spec, double points, boolean chunked, double batchRows) {
        double multiplyAdds = 0;
        for (MlpSpec.Layer layer : spec.layers()) {
            multiplyAdds += (double) layer.inputs() * layer.outputs();
        }
        MlpSpec.Layer first = spec.layers().get(0);
        double firstInputGradient = (double) first.inputs() * first.outputs();
        double forward = 2 * multiplyAdds;
        double backward = 4 * multiplyAdds - 2 * firstInputGradient;
        if (batchRows > 0) {
            return forward * points + (forward + backward) * batchRows;
        }
        return (forward + backward + (chunked ? forward : 0)) * points;
    }

    /** Why no memory would hold the network or the image (more values than one Java array takes), or null. */
    private static String tooLarge(MlpSpec spec, double values, FitSettings settings) {
        for (MlpSpec.Layer layer : spec.layers()) {
            double size = (double) layer.inputs() * layer.outputs();
            if (size > MAX_ARRAY) {
                return String.format(Locale.ROOT, "width %d makes a weight matrix of %.3g values, more than one"
                        + " Java array holds (%d); lower width", settings.width(), size, MAX_ARRAY);
            }
        }
        if (values > MAX_ARRAY) {
            return String.format(Locale.ROOT, "the image has %.3g values (pixels × channels), more than one Java"
                    + " array holds (%d); crop or bin it", values, MAX_ARRAY);
        }
        return null;
    }

    /** Trainable scalars of the network. */
    public long parameters() {
        return parameters;
    }

    /** Java arrays the run allocates, in bytes. */
    public long heapBytes() {
        return heapBytes;
    }

    /** ND4J buffers, in bytes: activations of one chunk of rows, device weights and their gradients. */
    public long nativeBytes() {
        return nativeBytes;
    }

    /** Floating-point operations of the network's GEMMs in one iteration. */
    public double flopsPerIteration() {
        return flopsPerIteration;
    }

    /** All memory the run needs. */
    public long totalBytes() {
        return heapBytes + nativeBytes;
    }

    /** Estimated time per iteration on this machine, from {@link #FLOPS_PER_SECOND}. */
    public double secondsPerIteration() {
        return flopsPerIteration / FLOPS_PER_SECOND;
    }

    /** Estimated time for all iterations. */
    public double seconds() {
        return secondsPerIteration() * iterations;
    }

    /**
     * Refuses a run that needs more than the limits (heap data beyond the maximum heap, ND4J
     * buffers beyond JavaCPP's native limit, or both beyond its limit on the process), or that
     * no memory would hold.
     */
    public void requireWithin(MemoryLimits limits) {
        boolean heap = exceeds(heapBytes, limits.heapBytes());
        boolean nativeMemory = exceeds(nativeBytes, limits.nativeBytes());
        boolean process = exceeds(totalBytes(), limits.processBytes());
        if (heap || nativeMemory || process) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs %s of memory for training (%s Java heap, %s native) and Java may use %s heap and %s"
                            + " native%s; %s, or give Java more memory (Fiji: Edit > Options > Memory & Threads;"
                            + " command line: -Xmx and -Dorg.bytedeco.javacpp.maxbytes)",
                    network, size(totalBytes()), size(heapBytes), size(nativeBytes), size(limits.heapBytes()),
                    size(limits.nativeBytes()), limits.processBytes() > 0 ? ", " + size(limits.processBytes())
                            + " in all" : "", remedy));
        }
        if (tooLarge != null) {
            throw new IllegalArgumentException(tooLarge);
        }
    }

    private static boolean exceeds(long bytes, long limit) {
        return limit > 0 && bytes > limit;
    }

    /** The estimate in words, for the start of a run's log. */
    public String describe() {
        return String.format(Locale.ROOT, "needs about %s of memory (%s Java heap, %s native), about %s per iteration"
                + " and %s for %d iterations", size(totalBytes()), size(heapBytes), size(nativeBytes),
                duration(secondsPerIteration()), duration(seconds()), iterations);
    }

    /** Bytes as people read them: 1.9 MB, 641 MB, 34 GB. */
    public static String size(long bytes) {
        if (bytes <= 0) {
            return "no limit";
        }
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** A duration as people read an estimate: 0.020 s, 45 s, 12 min, 1.5 h. */
    public static String duration(double seconds) {
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.2g s", seconds);
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
