package org.reluinr.core.operators;

/**
 * Super-resolution forward model: the high-resolution image of (s·w) × (s·h) pixels averaged
 * over s × s blocks gives the w × h low-resolution image. The adjoint spreads each
 * low-resolution value, divided by s², evenly over its block.
 */
public final class AveragePoolOperator implements FootprintOperator {

    private final int lowWidth;
    private final int lowHeight;
    private final int scale;

    public AveragePoolOperator(int lowWidth, int lowHeight, int scale) {
        if (scale < 2) {
            throw new IllegalArgumentException("scale must be an integer of at least 2, got " + scale);
        }
        if (lowWidth < 1 || lowHeight < 1) {
            throw new IllegalArgumentException("the low-resolution image must have at least one pixel");
        }
        if ((long) lowWidth * lowHeight * scale * scale > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the high-resolution image would be too large");
        }
        this.lowWidth = lowWidth;
        this.lowHeight = lowHeight;
        this.scale = scale;
    }

    public int highWidth() {
        return lowWidth * scale;
    }

    public int highHeight() {
        return lowHeight * scale;
    }

    @Override
    public int domainSize() {
        return highWidth() * highHeight();
    }

    @Override
    public int rangeSize() {
        return lowWidth * lowHeight;
    }

    @Override
    public int footprintSize() {
        return scale * scale;
    }

    /** The scale × scale block of high-resolution pixels under low-resolution pixel {@code measurement}. */
    @Override
    public void footprint(int measurement, int[] points, int offset) {
        int i = measurement % lowWidth;
        int j = measurement / lowWidth;
        int k = offset;
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                points[k++] = (j * scale + dy) * highWidth() + i * scale + dx;
            }
        }
    }

    @Override
    public void apply(float[] x, float[] y) {
        int hw = highWidth();
        float weight = 1f / (scale * scale);
        for (int j = 0; j < lowHeight; j++) {
            for (int i = 0; i < lowWidth; i++) {
                double sum = 0;
                for (int dy = 0; dy < scale; dy++) {
                    int row = (j * scale + dy) * hw + i * scale;
                    for (int dx = 0; dx < scale; dx++) {
                        sum += x[row + dx];
                    }
                }
                y[j * lowWidth + i] = (float) (sum * weight);
            }
        }
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        int hw = highWidth();
        float weight = 1f / (scale * scale);
        for (int j = 0; j < lowHeight; j++) {
            for (int i = 0; i < lowWidth; i++) {
                float v = y[j * lowWidth + i] * weight;
                for (int dy = 0; dy < scale; dy++) {
                    int row = (j * scale + dy) * hw + i * scale;
                    for (int dx = 0; dx < scale; dx++) {
                        x[row + dx] = v;
                    }
                }
            }
        }
    }
}
