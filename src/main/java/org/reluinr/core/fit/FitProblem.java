package org.reluinr.core.fit;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.operators.LinearOperator;

/**
 * What to fit: the network is sampled on {@code grid}, the operator maps each channel of
 * that sample to measurements, and the loss compares them with {@code measurements}
 * (channel-planar, [0, 1] scale). {@code reference} is the true image on the grid when it
 * is known (channel-planar), used only to report PSNR during training; it may be null.
 * {@code heldOut}, when not null, holds measurements kept out of the loss: the trainer
 * scores every iteration on them and keeps the network that predicts them best.
 * {@code referencePeak} is the reference's own data range in these units, so that the PSNR
 * shown during training equals the one of the final metrics, which use that range.
 */
public record FitProblem(CoordinateGrid grid, int channels, LinearOperator operator, float[] measurements,
        float[] reference, double referencePeak, HeldOutMeasurements heldOut) {

    public FitProblem(CoordinateGrid grid, int channels, LinearOperator operator, float[] measurements,
            float[] reference) {
        this(grid, channels, operator, measurements, reference, 1);
    }

    public FitProblem(CoordinateGrid grid, int channels, LinearOperator operator, float[] measurements,
            float[] reference, double referencePeak) {
        this(grid, channels, operator, measurements, reference, referencePeak, null);
    }

    public FitProblem {
        if (channels < 1) {
            throw new IllegalArgumentException("at least one channel is needed");
        }
        if (operator.domainSize() != grid.points()) {
            throw new IllegalArgumentException("operator expects " + operator.domainSize() + " pixels but the grid has "
                    + grid.points());
        }
        if (measurements.length != (long) channels * operator.rangeSize()) {
            throw new IllegalArgumentException("expected " + (long) channels * operator.rangeSize() + " measurements, got "
                    + measurements.length);
        }
        for (float v : measurements) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("measurements contain NaN or infinite values");
            }
        }
        if (heldOut != null && heldOut.operator().domainSize() != grid.points()) {
            throw new IllegalArgumentException("the held-out operator expects " + heldOut.operator().domainSize()
                    + " pixels but the grid has " + grid.points());
        }
        if (reference != null && reference.length != (long) channels * grid.points()) {
            throw new IllegalArgumentException("the reference image must have the grid's size");
        }
    }
}
