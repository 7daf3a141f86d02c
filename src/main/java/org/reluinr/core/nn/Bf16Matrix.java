package org.reluinr.core.nn;

import java.nio.ByteOrder;
import java.nio.ShortBuffer;

import org.bytedeco.javacpp.BytePointer;

/**
 * A bfloat16 copy of a row-major float matrix in native memory: the operand that the
 * mixed-precision GEMMs read ({@link Bf16Matmul}). Values are rounded to the nearest
 * bfloat16, ties to even; the float matrix it copies stays the one the rest of the engine uses.
 */
final class Bf16Matrix implements FusedPasses.RowWriter {

    private static final ThreadLocal<short[]> SCRATCH = ThreadLocal.withInitial(() -> new short[0]);

    private final BytePointer memory;
    private final ShortBuffer buffer;
    private final int rows;
    private final int cols;

    Bf16Matrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.memory = new BytePointer(2L * rows * cols);
        this.buffer = memory.asByteBuffer().order(ByteOrder.nativeOrder()).asShortBuffer();
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    BytePointer memory() {
        return memory;
    }

    /** Rounds src[0 ..) into rows [row, row + count). */
    @Override
    public void write(int row, int count, float[] src) {
        int n = count * cols;
        short[] rounded = SCRATCH.get();
        if (rounded.length < n) {
            rounded = new short[n];
            SCRATCH.set(rounded);
        }
        for (int i = 0; i < n; i++) {
            rounded[i] = round(src[i]);
        }
        buffer.put(row * cols, rounded, 0, n);
    }

    /** The bfloat16 nearest to f (ties to even), as its 16 bits; finite values only. */
    static short round(float f) {
        int bits = Float.floatToRawIntBits(f);
        return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
    }

    /** The float that bfloat16 bits stand for. */
    static float value(short bf16) {
        return Float.intBitsToFloat((bf16 & 0xFFFF) << 16);
    }
}
