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

/**
 * One full-batch optimisation step, split in two: {@link #evaluate()} runs the network on
 * the grid and computes the data loss and its gradient; {@link #update(int)} backpropagates
 * and applies Adam. The trainer drives it; the benchmark times it.
 */
public final class TrainingStep {

    private final Mlp network;
    private final Adam adam;
    private final LearningRateSchedule schedule;
    private final DataLoss loss;
    private final float[] coordinates;
    private final float[] output;
    private final float[] gradient;
    private final int points;
    private final double pathNormWeight;

    public TrainingStep(FitProblem problem, FitSettings settings) {
        CoordinateGrid grid = problem.grid();
        points = grid.points();
        network = new Mlp(networkSpec(problem, settings), points, settings.seed());
        adam = new Adam(network.parameters(), settings.weightDecay());
        pathNormWeight = settings.pathNormWeight();
        schedule = new LearningRateSchedule(settings.learningRate(), settings.iterations());
        loss = new DataLoss(problem.operator(), problem.channels(), problem.measurements());
        coordinates = inputs(problem.grid(), settings);
        output = new float[problem.channels() * points];
        gradient = new float[problem.channels() * points];
    }

    /** The network's inputs at every grid point: the coordinates, positionally encoded for relu_pe. */
    private static float[] inputs(CoordinateGrid grid, FitSettings settings) {
        float[] xy = new float[grid.points() * grid.dimensions()];
        grid.fill(0, grid.points(), xy);
        return usesEncoding(settings) ? PositionalEncoding.forGrid(grid).encode(xy, grid.points()) : xy;
    }

    private static boolean usesEncoding(FitSettings settings) {
        return settings.activation().equals(Activations.RELU_PE);
    }

    public static MlpSpec networkSpec(FitProblem problem, FitSettings settings) {
        int inputs = usesEncoding(settings) ? PositionalEncoding.forGrid(problem.grid()).outputs()
                : problem.grid().dimensions();
        return new MlpSpec(inputs, settings.width(), settings.hiddenLayers(), problem.channels(),
                settings.createActivation(), settings.linearLayers(), settings.learnC());
    }

    /** Forward pass, loss and output gradient for the current parameters; returns the loss. */
    public double evaluate() {
        network.forward(coordinates, points);
        network.readOutput(output, 0, points);
        return loss.evaluate(output, gradient);
    }

    /** Backpropagates the last evaluation, adds the regularisers' gradients and takes Adam step t (0-based). */
    public void update(int t) {
        network.backward(gradient, 0, points, false);
        if (pathNormWeight > 0) {
            PathNorm.addGradient(network, pathNormWeight);
        }
        adam.step(schedule.at(t));
    }

    /** The network output of the last evaluation, channel-planar. */
    public float[] output() {
        return output;
    }

    public Mlp network() {
        return network;
    }

    public List<ParameterTensor> parameters() {
        return network.parameters();
    }
}
