package org.reluinr.core.nn;

import org.reluinr.core.parallel.RowParallel;

/**
 * The element-wise work between GEMMs, done in one pass over each buffer: adding the bias,
 * applying the activation (forward) or its derivative (backward), and summing columns for
 * the bias gradient. Rows are split over the cores; each core streams its rows through a
 * chunk small enough to stay in L1 cache, where the loops vectorise.
 */
final class FusedPasses {

    private static final int CHUNK_FLOATS = 8192;

    private FusedPasses() {
    }

    /** Where a pass writes its result rows: a float matrix, or the bfloat16 operand of a mixed-precision GEMM. */
    interface RowWriter {
        /** Copies src[0 ..) into rows [row, row + count); called from several threads for disjoint rows. */
        void write(int row, int count, float[] src);
    }

    private static int chunkRows(int cols) {
        return Math.max(1, CHUNK_FLOATS / cols);
    }

    /** post ← φ(pre + bias) on rows [0, rows); pre is left as it is for the backward pass. */
    static void biasAndActivate(DeviceMatrix pre, RowWriter post, int rows, float[] bias, Activation act) {
        final int cols = pre.cols();
        final int step = chunkRows(cols);
        RowParallel.run(rows, (worker, from, to) -> {
            float[] z = new float[step * cols];
            float[] a = new float[step * cols];
            float[] b = tile(bias, step);
            for (int r = from; r < to; r += step) {
                int count = Math.min(step, to - r);
                pre.read(r, count, z);
                act.forward(z, b, a, count * cols);
                post.write(r, count, a);
            }
        });
    }

    /**
     * out ← grad ⊙ φ'(pre + bias); biasGrad += column sums of out; rows [0, rows). {@code out}
     * may be {@code grad} itself. With a non-null {@code scaleGrad}, scaleGrad[0] += Σ grad ·
     * ∂φ/∂scale (learn_c).
     */
    static void activationBackward(DeviceMatrix pre, DeviceMatrix grad, RowWriter out, int rows, float[] bias,
            Activation act, double[] biasGrad, double[] scaleGrad) {
        final int cols = pre.cols();
        final int step = chunkRows(cols);
        final double[][] partial = new double[RowParallel.workers()][cols];
        final double[] scalePartial = new double[RowParallel.workers()];
        RowParallel.run(rows, (worker, from, to) -> {
            float[] z = new float[step * cols];
            float[] g = new float[step * cols];
            float[] b = tile(bias, step);
            ColumnSums sums = new ColumnSums(step * cols, partial[worker]);
            for (int r = from; r < to; r += step) {
                int count = Math.min(step, to - r);
                pre.read(r, count, z);
                grad.read(r, count, g);
                if (scaleGrad != null) {
                    scalePartial[worker] += act.scaleGradient(z, b, g, count * cols);
                }
                act.backward(z, b, g, count * cols);
                out.write(r, count, g);
                sums.add(g, count * cols);
            }
            sums.flush();
        });
        for (double[] p : partial) {
            for (int j = 0; j < cols; j++) {
                biasGrad[j] += p[j];
            }
        }
        if (scaleGrad != null) {
            for (double s : scalePartial) {
                scaleGrad[0] += s;
            }
        }
    }

    /** m ← m + bias on rows [0, rows). */
    static void addBias(DeviceMatrix m, int rows, float[] bias) {
        final int cols = m.cols();
        final int step = chunkRows(cols);
        float[] chunk = new float[step * cols];
        float[] b = tile(bias, step);
        for (int r = 0; r < rows; r += step) {
            int count = Math.min(step, rows - r);
            m.read(r, count, chunk);
            for (int i = 0; i < count * cols; i++) {
                chunk[i] += b[i];
            }
            m.write(r, count, chunk);
        }
    }

    /** sums += column sums of rows [0, rows) of m. */
    static void columnSums(DeviceMatrix m, int rows, double[] sums) {
        final int cols = m.cols();
        final int step = chunkRows(cols);
        float[] chunk = new float[step * cols];
        ColumnSums acc = new ColumnSums(step * cols, sums);
        for (int r = 0; r < rows; r += step) {
            int count = Math.min(step, rows - r);
            m.read(r, count, chunk);
            acc.add(chunk, count * cols);
        }
        acc.flush();
    }

    /** The bias repeated for each of {@code rows} rows. */
    private static float[] tile(float[] bias, int rows) {
        float[] b = new float[rows * bias.length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bias, 0, b, r * bias.length, bias.length);
        }
        return b;
    }

    /**
     * Column sums of many chunks: chunks are added element-wise into a chunk-sized float
     * accumulator (a flat, vectorised loop), whose rows are folded into the double totals
     * every {@link #FLUSH_CHUNKS} chunks to bound float rounding.
     */
    private static final class ColumnSums {
        private static final int FLUSH_CHUNKS = 16;
        private final float[] recent;
        private final double[] total;
        private int chunks;

        ColumnSums(int chunkSize, double[] total) {
            this.recent = new float[chunkSize];
            this.total = total;
        }

        /** Adds the first n values of a chunk (whole rows). */
        void add(float[] g, int n) {
            for (int i = 0; i < n; i++) {
                recent[i] += g[i];
            }
            if (++chunks == FLUSH_CHUNKS) {
                flush();
            }
        }

        void flush() {
            int cols = total.length;
            for (int o = 0; o < recent.length; o += cols) {
                for (int j = 0; j < cols; j++) {
                    total[j] += recent[o + j];
                }
            }
            java.util.Arrays.fill(recent, 0f);
            chunks = 0;
        }
    }
}
