package org.reluinr.core.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CoordinateGridTest {

    @Test
    void eachAxisIsLinspaceMinusOneToOneWithXFastest() {
        CoordinateGrid grid = new CoordinateGrid(3, 2);
        float[] c = new float[6 * 2];
        grid.fill(0, 6, c);
        assertArrayEquals(new float[] {-1, -1, 0, -1, 1, -1, -1, 1, 0, 1, 1, 1}, c);
    }

    @Test
    void threeAxesAndPartialRanges() {
        CoordinateGrid grid = new CoordinateGrid(5, 3, 4);
        assertEquals(3, grid.dimensions());
        assertEquals(60, grid.points());
        float[] one = new float[3];
        grid.fill(5 * 3 * 2 + 5 * 1 + 4, 1, one);
        assertArrayEquals(new float[] {1f, 0f, (float) (-1 + 2.0 * 2 / 3)}, one, 1e-7f);
    }

    @Test
    void oneAxisAndSinglePoints() {
        float[] c = new float[5];
        new CoordinateGrid(5).fill(0, 5, c);
        assertArrayEquals(new float[] {-1f, -0.5f, 0f, 0.5f, 1f}, c);
        assertEquals(0f, CoordinateGrid.coordinate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateGrid(4, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateGrid(1, 2, 3, 4));
    }
}
