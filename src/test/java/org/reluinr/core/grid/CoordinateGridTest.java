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
        assertEquals(0f, new CoordinateGrid(1, 3).coordinateAt(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateGrid(4, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateGrid(1, 2, 3, 4));
    }

    @Test
    void theHalfPixelGridPutsEveryOtherPointOnAPixelAndCoversHalfAPixelBeyondTheEdges() {
        int w = 5;
        int h = 3;
        CoordinateGrid pixels = new CoordinateGrid(w, h);
        CoordinateGrid half = CoordinateGrid.halfPixel(w, h);
        assertArrayEquals(new int[] {11, 7}, half.sizes());
        for (int x = 0; x < w; x++) {
            assertEquals(pixels.coordinateAt(0, x), half.coordinateAt(0, 2 * x + 1), 1e-6, "pixel column " + x);
            assertEquals(pixels.coordinateAt(0, x - 0.5), half.coordinateAt(0, 2 * x), 1e-6, "half a pixel before " + x);
        }
        for (int y = 0; y < h; y++) {
            assertEquals(pixels.coordinateAt(1, y), half.coordinateAt(1, 2 * y + 1), 1e-6, "pixel row " + y);
        }
        assertEquals(pixels.coordinateAt(1, h - 0.5), half.coordinateAt(1, 2 * h), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> CoordinateGrid.halfPixel(1, 4));
    }

    @Test
    void calibratedGridsScaleZToThePhysicalProportionsOfX() {
        // 11 pixels of 0.5 µm along x span 5 µm; 5 slices 2 µm apart span 8 µm: z spans ±8/5.
        CoordinateGrid grid = CoordinateGrid.calibrated(new int[] {11, 7, 5}, new double[] {0.5, 0.5, 2});
        assertArrayEquals(new double[] {1, 1, 1.6}, grid.extents(), 1e-12);
        float[] corner = new float[3];
        grid.fill(grid.points() - 1, 1, corner);
        assertArrayEquals(new float[] {1f, 1f, 1.6f}, corner, 1e-6f);
        assertEquals(-0.8f, grid.coordinateAt(2, 1.0), 1e-6f);
        assertArrayEquals(new double[] {1, 1}, CoordinateGrid.calibrated(new int[] {4, 9}, new double[] {1, 3})
                .extents(), 0.0, "2D grids keep x and y at [-1, 1]");
    }
}
