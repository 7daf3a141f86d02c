package org.reluinr.core.nn;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A row-major float matrix in ND4J's native memory, allocated once and reused every
 * iteration. GEMMs see it as an {@link INDArray}; the fused Java passes read and write it
 * through a direct {@link FloatBuffer} in cache-sized chunks.
 */
final class DeviceMatrix implements FusedPasses.RowWriter {

    private final INDArray array;
    private final FloatBuffer buffer;
    private final int rows;
    private final int cols;

    DeviceMatrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.array = Nd4j.create(DataType.FLOAT, new long[] {rows, cols}, 'c');
        this.buffer = array.data().asNioFloat();
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    INDArray all() {
        return array;
    }

    /** The first {@code n} rows as a view (contiguous, no copy). */
    INDArray top(int n) {
        return n == rows ? array : array.get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
    }

    /** Copies rows [row, row + count) into dst[0 ..). */
    void read(int row, int count, float[] dst) {
        buffer.get(row * cols, dst, 0, count * cols);
    }

    /** Copies src[0 ..) into rows [row, row + count). */
    @Override
    public void write(int row, int count, float[] src) {
        buffer.put(row * cols, src, 0, count * cols);
    }
}
