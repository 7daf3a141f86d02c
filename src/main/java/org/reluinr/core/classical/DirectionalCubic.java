package org.reluinr.core.classical;

import org.reluinr.core.metrics.Psnr;

/**
 * Directional cubic convolution interpolation (DCCI; Zhou, Shen and Zhang, "Image zooming using
 * directional cubic convolution interpolation", IET Image Processing 6(6), 2012) onto the
 * half-pixel grid. Each missing value lies at the centre of a square of four known ones and is
 * cubic convolution along one of the square's two diagonals: along the edge where the 4 × 4
 * known values around it vary much more across one diagonal than across the other, otherwise
 * both, weighted by how little the values vary along each. Two passes: the centres of four
 * samples (diagonals at ±45°), then the positions between two samples and two values of the
 * first pass (diagonals horizontal and vertical). Where a cubic interpolates a line exactly
 * both passes do, so linear ramps stay exact.
 */
final class DirectionalCubic {

    /**
     * The paper's threshold T: a position is on an edge when 1 + the variation along one
     * diagonal exceeds T times 1 + the variation along the other.
     */
    private static final double EDGE_RATIO = 1.15;
    /** The paper's k: off edges each diagonal weighs 1 / (1 + variation^k). */
    private static final double WEIGHT_EXPONENT = 5;
    /** The paper's variations are sums of grey-level differences of 8-bit images. */
    private static final double GREY_LEVELS = 255;
    /**
     * Samples added by linear extension beyond each edge: the second pass at position −½ reads
     * first-pass values three half-pixels out, which read samples two further.
     */
    private static final int PAD = 4;

    private DirectionalCubic() {
    }

    /** The (2w + 1) × (2h + 1) values at positions −½, 0, ½, …, w − ½; sample i at index 2i + 1. */
    static float[] halfPixelGrid(float[] plane, int w, int h) {
        Padded fine = new Padded(plane, w, h);
        fine.fillCentres();
        fine.fillBetweenPairs();
        return fine.crop(-1, 1, 2 * w + 1, 2 * h + 1);
    }

    /**
     * The (w − 1) × (h − 1) values at the centres of every 2 × 2 block of neighbouring samples
     * (the first pass alone): entry (i, j) at position (i + ½, j + ½).
     */
    static float[] centres(float[] plane, int w, int h) {
        Padded fine = new Padded(plane, w, h);
        fine.fillCentres();
        return fine.crop(1, 2, w - 1, h - 1);
    }

    /** Whether {@link #blockCentred} takes this scale: a power of two, at least 2. */
    static boolean takes(int s) {
        return s >= 2 && Integer.bitCount(s) == 1;
    }

    /**
     * Block-centred upscaling by s, a power of two: pixel X of the s·w × s·h result lies at
     * low-resolution position (X − (s − 1)/2) / s, as in the block-average model. Those positions
     * are the centres of the grid refined log₂ s times by {@link #halfPixelGrid}, so one more
     * first pass gives them.
     */
    static float[] blockCentred(float[] low, int w, int h, int s) {
        if (!takes(s)) {
            throw new IllegalArgumentException("directional upscaling takes a power of two, not " + s);
        }
        float[] grid = low;
        int gw = w;
        int gh = h;
        for (int level = 1; level < s; level *= 2) {
            grid = halfPixelGrid(grid, gw, gh);
            gw = 2 * gw + 1;
            gh = 2 * gh + 1;
        }
        float[] centres = centres(grid, gw, gh);
        // grid index k sits at low-resolution position (k − (s − 1)) / s, so pixel X is the centre after index X + s/2 − 1
        int first = s / 2 - 1;
        float[] out = new float[s * w * s * h];
        for (int y = 0; y < s * h; y++) {
            System.arraycopy(centres, (y + first) * (gw - 1) + first, out, y * s * w, s * w);
        }
        return out;
    }

    /**
     * The samples on every other point of a grid twice as fine, padded by {@link #PAD} samples of
     * linear extension: sample (i, j) at fine index (2(i + PAD), 2(j + PAD)).
     */
    private static final class Padded {

        private final int fw;
        private final int fh;
        private final double[] fine;
        private final double perLevel;
        /** The 4 × 4 known values around the point being filled. */
        private final double[] around = new double[16];

        Padded(float[] plane, int w, int h) {
            fw = 2 * (w + 2 * PAD) - 1;
            fh = 2 * (h + 2 * PAD) - 1;
            fine = new double[fw * fh];
            for (int b = 0; b < h + 2 * PAD; b++) {
                for (int a = 0; a < w + 2 * PAD; a++) {
                    fine[2 * b * fw + 2 * a] = HalfPixelInterpolation.extended(plane, w, h, a - PAD, b - PAD);
                }
            }
            // a constant plane has range 1 here, and every variation is zero anyway
            perLevel = GREY_LEVELS / Psnr.dataRange(plane);
        }

        /** The first pass: the centres of four samples, along the ±45° diagonals. */
        void fillCentres() {
            int[] diagonal = neighbours(fw, 2, 0, 0, 2);
            for (int y = 3; y < fh - 3; y += 2) {
                for (int x = 3; x < fw - 3; x += 2) {
                    fine[y * fw + x] = interpolated(y * fw + x, diagonal);
                }
            }
        }

        /** The second pass: between two samples and two centres, along the axes. */
        void fillBetweenPairs() {
            int[] axial = neighbours(fw, 1, 1, 1, -1);
            for (int y = 6; y < fh - 6; y++) {
                for (int x = 6 + (y + 1) % 2; x < fw - 6; x += 2) {
                    fine[y * fw + x] = interpolated(y * fw + x, axial);
                }
            }
        }

        /** The value at the centre from its 4 × 4 neighbours; the diagonals are entries (k, k) and (k, 3 − k). */
        private double interpolated(int centre, int[] neighbours) {
            double[] n = around;
            for (int k = 0; k < 16; k++) {
                n[k] = fine[centre + neighbours[k]];
            }
            double alongFirst = 0;
            double alongSecond = 0;
            for (int s = 0; s < 3; s++) {
                for (int t = 0; t < 3; t++) {
                    alongFirst += Math.abs(n[4 * s + t] - n[4 * (s + 1) + t + 1]);
                    alongSecond += Math.abs(n[4 * s + t + 1] - n[4 * (s + 1) + t]);
                }
            }
            alongFirst *= perLevel;
            alongSecond *= perLevel;
            double first = cubicMidpoint(n[0], n[5], n[10], n[15]);
            double second = cubicMidpoint(n[3], n[6], n[9], n[12]);
            if (1 + alongFirst > EDGE_RATIO * (1 + alongSecond)) {
                return second;
            }
            if (1 + alongSecond > EDGE_RATIO * (1 + alongFirst)) {
                return first;
            }
            double wFirst = 1 / (1 + Math.pow(alongFirst, WEIGHT_EXPONENT));
            double wSecond = 1 / (1 + Math.pow(alongSecond, WEIGHT_EXPONENT));
            return (wFirst * first + wSecond * second) / (wFirst + wSecond);
        }

        /** cw × ch values, every step-th fine point from sample position (offset / 2) on each axis. */
        float[] crop(int offset, int step, int cw, int ch) {
            int origin = 2 * PAD + offset;
            float[] out = new float[cw * ch];
            for (int j = 0; j < ch; j++) {
                for (int i = 0; i < cw; i++) {
                    out[j * cw + i] = (float) fine[(origin + step * j) * fw + origin + step * i];
                }
            }
            return out;
        }
    }

    /**
     * Offsets in a row-major grid of width fw of the 4 × 4 known values around a centre, the
     * square's sides being vectors u and v: entry 4s + t is the centre + (s − 1.5)u + (t − 1.5)v.
     */
    private static int[] neighbours(int fw, int ux, int uy, int vx, int vy) {
        int[] offsets = new int[16];
        for (int s = 0; s < 4; s++) {
            for (int t = 0; t < 4; t++) {
                // (s − 1.5)u + (t − 1.5)v is integral: u and v have the same parity per coordinate
                int dx = ((2 * s - 3) * ux + (2 * t - 3) * vx) / 2;
                int dy = ((2 * s - 3) * uy + (2 * t - 3) * vy) / 2;
                offsets[4 * s + t] = dy * fw + dx;
            }
        }
        return offsets;
    }

    /** Keys' cubic convolution half-way between b and c: (−a + 9b + 9c − d) / 16. */
    private static double cubicMidpoint(double a, double b, double c, double d) {
        return (9 * (b + c) - a - d) / 16;
    }
}
