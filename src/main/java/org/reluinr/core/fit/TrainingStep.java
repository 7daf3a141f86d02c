package org.reluinr.core.fit;

import java.util.List;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.grid.PositionalEncoding;
import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.Adam;
import org.reluinr.core.nn.LearningRateSchedule;
import org.reluinr.core.nn.Mlp;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.ParameterTensor;
import org.reluinr.core.nn.PathNorm;
import org.reluinr.core.nn.Precision;
import org.reluinr.core.operators.FootprintOperator;

/**
 * One full-batch optimisation step, split in two: {@link #evaluate()} runs the network on
 * the grid and computes the data loss and its gradient; {@link #update(int)} backpropagates
 * and applies Adam. The trainer drives it; the benchmark times it.
 *
 * <p>Grids whose activations would exceed {@link #BUFFER_BUDGET_BYTES} are processed in
 * chunks of rows: the forward pass fills the whole output chunk by chunk (the operator and
 * the loss need all of it), and the backward pass recomputes each chunk's activations and
 * accumulates its gradients, so the step is the full-batch step up to float rounding.
 */
public final class TrainingStep {

    /** Native memory the network's activation buffers may take. */
    public static final long BUFFER_BUDGET_BYTES = 2L << 30;

    private final Mlp network;
    private final Adam adam;
    private final LearningRateSchedule schedule;
    private final DataLoss loss;
    private final NetworkInputs inputs;
    private final int chunkRows;
    private final float[] output;
    private final float[] gradient;
    private final int points;
    private final double pathNormWeight;
    /** Stochastic mini-batches (batch_size), or null for full-batch steps. */
    private final MiniBatches miniBatches;
    /** The image prior (tv_weight), or null. */
    private final TotalVariation prior;
    /** The data loss of the last pass of mini-batches, or NaN before the first. */
    private double passLoss = Double.NaN;
    /** Whether {@link #output} holds the network's values for the current parameters. */
    private boolean outputCurrent;
    private final StepTimes times = new StepTimes();

    public TrainingStep(FitProblem problem, FitSettings settings) {
        this(problem, settings, chunkRows(networkSpec(problem, settings), problem.grid().points()));
    }

    /** A step that processes at most {@code chunkRows} coordinates at a time. */
    TrainingStep(FitProblem problem, FitSettings settings, int chunkRows) {
        CoordinateGrid grid = problem.grid();
        points = grid.points();
        this.chunkRows = Math.min(chunkRows, points);
        network = new Mlp(networkSpec(problem, settings), this.chunkRows, settings.seed(),
                Precision.of(settings.precision()));
        adam = new Adam(network.parameters(), settings.weightDecay());
        pathNormWeight = settings.pathNormWeight();
        schedule = new LearningRateSchedule(settings.learningRate(), settings.iterations());
        loss = new DataLoss(problem.operator(), problem.channels(), problem.measurements());
        inputs = new NetworkInputs(grid, encoding(grid, settings), this.chunkRows < points);
        output = new float[problem.channels() * points];
        gradient = new float[problem.channels() * points];
        miniBatches = settings.batchSize() == 0 ? null : miniBatches(problem, settings, this.chunkRows);
        if (settings.tvWeightAuto()) {
            throw new IllegalArgumentException("tv_weight auto is chosen by the fit, superres and ct tasks; give a number");
        }
        prior = settings.tvWeight() == 0 ? null : new TotalVariation(grid, problem.channels(), settings.tvWeight(),
                (long) problem.channels() * problem.operator().rangeSize());
    }

    private static MiniBatches miniBatches(FitProblem problem, FitSettings settings, int capacity) {
        if (!(problem.operator() instanceof FootprintOperator operator)) {
            throw new IllegalArgumentException("batch_size applies to fit and superres; CT reconstruction needs"
                    + " the whole image for every projection: set batch_size = 0");
        }
        return new MiniBatches(operator, problem.channels(), problem.measurements(), settings.batchSize(), capacity,
                settings.seed());
    }

    /** Rows per chunk so that the network's buffers stay within the budget. */
    public static int chunkRows(MlpSpec spec, int points) {
        long rows = BUFFER_BUDGET_BYTES / spec.bytesPerRow();
        return (int) Math.max(1, Math.min(points, rows));
    }

    public static MlpSpec networkSpec(FitProblem problem, FitSettings settings) {
        return networkSpec(problem.grid(), problem.channels(), settings);
    }

    /** The network that fits {@code channels} on a grid, with its inputs encoded as the settings say. */
    public static MlpSpec networkSpec(CoordinateGrid grid, int channels, FitSettings settings) {
        PositionalEncoding encoding = encoding(grid, settings);
        int inputs = encoding != null ? encoding.outputs() : grid.dimensions();
        return new MlpSpec(inputs, settings.width(), settings.hiddenLayers(), channels, settings.createActivation(),
                settings.linearLayers(), settings.learnC());
    }

    /** The positional encoding of the network's inputs (relu_pe), or null for raw coordinates. */
    public static PositionalEncoding encoding(CoordinateGrid grid, FitSettings settings) {
        return settings.activation().equals(Activations.RELU_PE) ? PositionalEncoding.forGrid(grid) : null;
    }

    /** What the step needs: parameters, native buffer memory and how the grid is split. */
    public String plan() {
        MlpSpec spec = network.spec();
        long bytes = spec.bytesPerRow() * chunkRows;
        int chunks = (points + chunkRows - 1) / chunkRows;
        return String.format("%d parameters, %d points, network buffers %.0f MB%s%s", spec.parameterCount(), points,
                bytes / 1e6, chunks == 1 ? "" : " in " + chunks + " chunks of " + chunkRows + " points",
                miniBatches == null ? "" : ", mini-batches of " + miniBatches.batchSize() + " measurements");
    }

    /** Forward pass, loss and output gradient for the current parameters; returns the loss. */
    public double evaluate() {
        forwardAll();
        long t1 = System.nanoTime();
        double value = loss.evaluate(output, gradient);
        times.lossNanos += System.nanoTime() - t1;
        return prior == null ? value : value + prior.addTo(output, gradient);
    }

    /**
     * The loss to judge the current parameters by before the next update: with mini-batches,
     * once a pass has run, that pass's loss ({@link MiniBatches#epoch}), which costs nothing,
     * where a forward pass over the grid would cost a third of a pass's training; otherwise
     * {@link #evaluate()}. The update needs no evaluation with mini-batches: each batch has its
     * own forward pass.
     */
    public double judge() {
        return Double.isNaN(passLoss) ? evaluate() : passLoss;
    }

    /**
     * Backpropagates the last evaluation, adds the regularisers' gradients and takes Adam step
     * t (0-based); with batch_size, one Adam step per mini-batch of an epoch instead.
     */
    public void update(int t) {
        outputCurrent = false;
        if (miniBatches != null) {
            long t0 = System.nanoTime();
            passLoss = miniBatches.epoch(network, inputs, () -> regulariseAndStep(t));
            times.backwardNanos += System.nanoTime() - t0; // per batch: forward, backward and Adam
            return;
        }
        long t0 = System.nanoTime();
        if (chunkRows == points) {
            network.backward(gradient, 0, points, false);
        } else {
            for (int first = 0; first < points; first += chunkRows) {
                int count = Math.min(chunkRows, points - first);
                network.forward(inputs.rows(first, count), count);
                network.backward(gradient, first, points, first > 0);
            }
        }
        long t1 = System.nanoTime();
        regulariseAndStep(t);
        times.backwardNanos += t1 - t0;
        times.optimiserNanos += System.nanoTime() - t1;
    }

    /** The time of the steps so far, by part. */
    public StepTimes times() {
        return times;
    }

    private void regulariseAndStep(int t) {
        if (pathNormWeight > 0) {
            PathNorm.addGradient(network, pathNormWeight);
        }
        adam.step(schedule.at(t));
    }

    /** The network output for the current parameters, channel-planar (a forward pass here if none ran since the last update). */
    public float[] output() {
        if (!outputCurrent) {
            forwardAll();
        }
        return output;
    }

    private void forwardAll() {
        long t0 = System.nanoTime();
        for (int first = 0; first < points; first += chunkRows) {
            int count = Math.min(chunkRows, points - first);
            network.forward(inputs.rows(first, count), count);
            network.readOutput(output, first, points);
        }
        times.forwardNanos += System.nanoTime() - t0;
        outputCurrent = true;
    }

    public Mlp network() {
        return network;
    }

    public List<ParameterTensor> parameters() {
        return network.parameters();
    }
}
