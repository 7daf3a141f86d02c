package org.reluinr.core.operators;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.reluinr.core.metrics.Psnr;

/**
 * A seeded partition of the measurements into a kept part (to fit on) and a held-out part
 * (to score a fit on), so that hyper-parameters are chosen from the measurements alone.
 * Index sets are sorted, disjoint and together cover every measurement.
 */
public final class MeasurementSplit {

    /** The held-out share used by default: 10%. */
    public static final double DEFAULT_HELD_OUT = 0.1;

    private final int size;
    private final int[] kept;
    private final int[] heldOut;

    private MeasurementSplit(int size, boolean[] held) {
        this.size = size;
        int h = 0;
        for (boolean b : held) {
            h += b ? 1 : 0;
        }
        this.heldOut = new int[h];
        this.kept = new int[size - h];
        int ih = 0;
        int ik = 0;
        for (int i = 0; i < size; i++) {
            if (held[i]) {
                heldOut[ih++] = i;
            } else {
                kept[ik++] = i;
            }
        }
    }

    /**
     * Whole rows of rowLength measurements held out (for a sinogram: whole angles, so the
     * held-out data are projections the fit has not seen): round(fraction · rows), at least
     * one and at most rows − 1, evenly spaced from a seeded random offset.
     */
    public static MeasurementSplit wholeRows(int rows, int rowLength, double fraction, long seed) {
        if (rows < 2 || rowLength < 1) {
            throw new IllegalArgumentException("holding out rows needs at least 2 rows, got " + rows);
        }
        int count = heldOutCount(rows, fraction);
        double spacing = (double) rows / count;
        double offset = new SplittableRandom(seed).nextDouble() * spacing;
        boolean[] held = new boolean[rows * rowLength];
        for (int k = 0; k < count; k++) {
            int row = (int) Math.floor(offset + k * spacing);
            Arrays.fill(held, row * rowLength, (row + 1) * rowLength, true);
        }
        return new MeasurementSplit(rows * rowLength, held);
    }

    /** Single measurements (for super-resolution: low-resolution pixels) drawn at random. */
    public static MeasurementSplit entries(int count, double fraction, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("holding out measurements needs at least 2, got " + count);
        }
        int h = heldOutCount(count, fraction);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] held = new boolean[count];
        for (int i = 0; i < h; i++) {
            int j = i + random.nextInt(count - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            held[order[i]] = true;
        }
        return new MeasurementSplit(count, held);
    }

    private static int heldOutCount(int units, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the held-out fraction must lie in (0, 1), got " + fraction);
        }
        return (int) Math.max(1, Math.min(units - 1, Math.round(fraction * units)));
    }

    /** The number of measurements split. */
    public int size() {
        return size;
    }

    public int[] kept() {
        return kept.clone();
    }

    public int[] heldOut() {
        return heldOut.clone();
    }

    public float[] keptValues(float[] y) {
        return pick(y, kept);
    }

    public float[] heldOutValues(float[] y) {
        return pick(y, heldOut);
    }

    public LinearOperator keptOperator(LinearOperator a) {
        return new SubsetOperator(checked(a), kept);
    }

    public LinearOperator heldOutOperator(LinearOperator a) {
        return new SubsetOperator(checked(a), heldOut);
    }

    /** The mean squared residual of reconstruction x on the held-out measurements of y = A x*. */
    public double heldOutError(LinearOperator a, float[] y, float[] x) {
        float[] held = heldOutValues(y);
        float[] predicted = new float[held.length];
        heldOutOperator(a).apply(x, predicted);
        return Psnr.meanSquaredError(held, predicted);
    }

    /** Which of the measurements are kept. */
    public boolean[] keptMask() {
        boolean[] mask = new boolean[size];
        for (int i : kept) {
            mask[i] = true;
        }
        return mask;
    }

    private LinearOperator checked(LinearOperator a) {
        if (a.rangeSize() != size) {
            throw new IllegalArgumentException("the operator has " + a.rangeSize() + " measurements, the split " + size);
        }
        return a;
    }

    private float[] pick(float[] y, int[] indices) {
        if (y.length != size) {
            throw new IllegalArgumentException("expected " + size + " measurements, got " + y.length);
        }
        float[] out = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = y[indices[k]];
        }
        return out;
    }
}
