package org.reluinr.core.fit;

import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.grid.PositionalEncoding;

/**
 * The network's input rows at grid points: coordinates, positionally encoded when an
 * encoding is given. Computed once for the whole grid, or per chunk when the grid is
 * processed in chunks (then the whole grid's inputs are never held at once).
 */
final class NetworkInputs {

    private final CoordinateGrid grid;
    private final PositionalEncoding encoding;
    private final float[] all;

    NetworkInputs(CoordinateGrid grid, PositionalEncoding encoding, boolean chunked) {
        this.grid = grid;
        this.encoding = encoding;
        this.all = chunked ? null : compute(0, grid.points());
    }

    /** Inputs of points [first, first + count). */
    float[] rows(int first, int count) {
        return all != null ? all : compute(first, count);
    }

    /** Inputs of the points listed in points[0 .. count). */
    float[] rowsAt(int[] points, int count) {
        int d = grid.dimensions();
        float[] xy = new float[count * d];
        float[] one = new float[d];
        for (int k = 0; k < count; k++) {
            grid.fill(points[k], 1, one);
            System.arraycopy(one, 0, xy, k * d, d);
        }
        return encoding == null ? xy : encoding.encode(xy, count);
    }

    private float[] compute(int first, int count) {
        float[] xy = new float[count * grid.dimensions()];
        grid.fill(first, count, xy);
        return encoding == null ? xy : encoding.encode(xy, count);
    }
}
