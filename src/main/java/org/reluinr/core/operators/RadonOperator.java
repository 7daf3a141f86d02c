package org.reluinr.core.operators;

import org.reluinr.core.parallel.RowParallel;

/**
 * Parallel-beam Radon transform of an n × n image, with the discrete geometry of
 * scikit-image's {@code radon(image, theta, circle=True)}: for each angle θ the image is
 * rotated about pixel (n//2, n//2) with bilinear interpolation (zero outside) and summed
 * along columns. The sinogram has one row per angle and one column per detector bin.
 *
 * <p>Detector bin x of angle θ sums, over rows y, the image sampled at
 * (col, row) = (cos θ (x − c) + sin θ (y − c) + c, −sin θ (x − c) + cos θ (y − c) + c).
 * {@link #adjoint} is the exact transpose of that sum of bilinear weights (back-projection).
 * Both run in parallel over angles.
 *
 * <p>Like {@code circle=True}, the transform takes the image to be zero outside its inscribed
 * circle ({@link SupportCircle}): samples whose four pixels all lie outside it are skipped
 * (a fifth of them), so what an image holds beyond the circle is ignored.
 */
public final class RadonOperator implements LinearOperator {

    private final int n;
    /**
     * Samples further than √this from the centre are skipped: all four pixels they interpolate
     * lie outside the support circle (radius n/2; a pixel is within √2 of the sample), where the
     * image is taken to be zero.
     */
    private final long discRadiusSquared;
    private final double[] cos;
    private final double[] sin;

    public RadonOperator(int n, double[] anglesDegrees) {
        if (n < 2) {
            throw new IllegalArgumentException("the image must be at least 2×2 pixels");
        }
        if (anglesDegrees.length < 1) {
            throw new IllegalArgumentException("at least one projection angle is needed");
        }
        this.n = n;
        double reach = n / 2 + Math.sqrt(2);
        this.discRadiusSquared = (long) Math.floor(reach * reach);
        this.cos = new double[anglesDegrees.length];
        this.sin = new double[anglesDegrees.length];
        for (int i = 0; i < anglesDegrees.length; i++) {
            double t = Math.toRadians(anglesDegrees[i]);
            cos[i] = Math.cos(t);
            sin[i] = Math.sin(t);
        }
    }

    public int size() {
        return n;
    }

    public int angles() {
        return cos.length;
    }

    @Override
    public int domainSize() {
        return n * n;
    }

    @Override
    public int rangeSize() {
        return n * cos.length;
    }

    @Override
    public void apply(float[] image, float[] sinogram) {
        RowParallel.run(cos.length, (worker, from, to) -> {
            int[] runs = new int[4];
            for (int a = from; a < to; a++) {
                double ca = cos[a];
                double sa = sin[a];
                for (int x = 0; x < n; x++) {
                    runs(a, x, true, runs);
                    double sum = 0;
                    for (int y = runs[0]; y < runs[1]; y++) {
                        sum += bilinear(image, col(ca, sa, x, y), row(ca, sa, x, y));
                    }
                    for (int y = runs[1]; y < runs[2]; y++) {
                        sum += interiorBilinear(image, col(ca, sa, x, y), row(ca, sa, x, y));
                    }
                    for (int y = runs[2]; y < runs[3]; y++) {
                        sum += bilinear(image, col(ca, sa, x, y), row(ca, sa, x, y));
                    }
                    sinogram[a * n + x] = (float) sum;
                }
            }
        });
    }

    @Override
    public void adjoint(float[] sinogram, float[] image) {
        double[][] partial = new double[RowParallel.workers()][];
        RowParallel.run(cos.length, (worker, from, to) -> {
            double[] acc = new double[n * n];
            int[] runs = new int[4];
            for (int a = from; a < to; a++) {
                double ca = cos[a];
                double sa = sin[a];
                int bin = a * n;
                if (alongRays(a)) {
                    for (int x = 0; x < n; x++) {
                        float value = sinogram[bin + x];
                        runs(a, x, true, runs);
                        for (int y = runs[0]; y < runs[1]; y++) {
                            spread(acc, col(ca, sa, x, y), row(ca, sa, x, y), value);
                        }
                        for (int y = runs[1]; y < runs[2]; y++) {
                            interiorSpread(acc, col(ca, sa, x, y), row(ca, sa, x, y), value);
                        }
                        for (int y = runs[2]; y < runs[3]; y++) {
                            spread(acc, col(ca, sa, x, y), row(ca, sa, x, y), value);
                        }
                    }
                } else {
                    for (int y = 0; y < n; y++) {
                        runs(a, y, false, runs);
                        for (int x = runs[0]; x < runs[1]; x++) {
                            spread(acc, col(ca, sa, x, y), row(ca, sa, x, y), sinogram[bin + x]);
                        }
                        for (int x = runs[1]; x < runs[2]; x++) {
                            interiorSpread(acc, col(ca, sa, x, y), row(ca, sa, x, y), sinogram[bin + x]);
                        }
                        for (int x = runs[2]; x < runs[3]; x++) {
                            spread(acc, col(ca, sa, x, y), row(ca, sa, x, y), sinogram[bin + x]);
                        }
                    }
                }
            }
            partial[worker] = acc;
        });
        for (int i = 0; i < n * n; i++) {
            double s = 0;
            for (double[] p : partial) {
                if (p != null) {
                    s += p[i];
                }
            }
            image[i] = (float) s;
        }
    }

    /*
     * Detector bin x of angle a sums, over the rows y of the rotated image, the image sampled
     * bilinearly at (col, row) (pixels outside count as zero); the adjoint spreads each bin's
     * value over the same samples with the same weights. The per-sample work is written out
     * for each (no callback: it runs once per pixel of every ray). The transform sums ray by
     * ray (y inner, in a register). The adjoint, whose four writes per sample dominate, visits
     * ray by ray where a step in y moves mostly along image columns and row by row across the
     * rays (x inner) where a step in x does, so that consecutive writes land on neighbouring
     * pixels in memory (at 512² and 360 angles, 165–175 ms against 207 visiting ray by ray).
     * Along a ray or across the rays, the samples whose four neighbours are all inside form one
     * run (col and row are monotone in y and x), found once per line and visited without bounds
     * checks.
     */

    /** Whether the adjoint visits angle a ray by ray: a step in y moves col (by sin) more than row (by cos). */
    private boolean alongRays(int a) {
        return Math.abs(sin[a]) > Math.abs(cos[a]);
    }

    /** Whether the sample of bin x at row y of angle a has all four neighbours inside the image. */
    private boolean inside(int a, int x, int y) {
        double ca = cos[a];
        double sa = sin[a];
        double col = col(ca, sa, x, y);
        double row = row(ca, sa, x, y);
        return col >= 0 && col < n - 1 && row >= 0 && row < n - 1;
    }

    /**
     * The samples of one line of angle a that are visited, as runs: rows y of the ray of bin
     * {@code line} ({@code alongRay}) or bins x at row {@code line}. [runs[0], runs[3]) are those
     * within the disc of {@link #discRadiusSquared}; within them, [runs[1], runs[2]) are
     * {@link #inside}. Since the disc is centred on the rotation's centre, a sample's distance
     * from it is that of (x, y): the same set of samples whichever way a line is visited.
     */
    private void runs(int a, int line, boolean alongRay, int[] runs) {
        int c = n / 2;
        long offset = line - c;
        long room = discRadiusSquared - offset * offset;
        if (room < 0) {
            runs[0] = runs[1] = runs[2] = runs[3] = 0;
            return;
        }
        long half = (long) Math.sqrt(room);
        while (half * half > room) {
            half--;
        }
        while ((half + 1) * (half + 1) <= room) {
            half++;
        }
        int from = (int) Math.max(0, c - half);
        int to = (int) Math.min(n, c + half + 1);
        interior(a, line, alongRay, runs);
        runs[1] = Math.min(Math.max(runs[1], from), to);
        runs[2] = Math.min(Math.max(runs[2], runs[1]), to);
        runs[0] = from;
        runs[3] = to;
    }

    /**
     * The run [range[1], range[2]) of samples that are {@link #inside} on one line of angle a
     * (as in {@link #runs}); estimated from the lines col and row follow, then checked at its ends.
     */
    private void interior(int a, int line, boolean alongRay, int[] range) {
        double lo = 0;
        double hi = n;
        int c = n / 2;
        double colAt = (alongRay ? cos[a] : sin[a]) * (line - c) + c;
        double rowAt = (alongRay ? -sin[a] : cos[a]) * (line - c) + c;
        for (int k = 0; k < 2; k++) {
            double at = k == 0 ? colAt : rowAt;
            double slope = k == 0 ? (alongRay ? sin[a] : cos[a]) : (alongRay ? cos[a] : -sin[a]);
            if (Math.abs(slope) < 1e-12) {
                if (!(at >= 0 && at < n - 1)) {
                    hi = lo;
                }
                continue;
            }
            double t0 = c + (0 - at) / slope;
            double t1 = c + (n - 1 - at) / slope;
            lo = Math.max(lo, Math.min(t0, t1));
            hi = Math.min(hi, Math.max(t0, t1));
        }
        int from = (int) Math.max(0, Math.min(n, Math.ceil(lo)));
        int to = (int) Math.max(from, Math.min(n, Math.floor(hi) + 1));
        while (from < to && !(alongRay ? inside(a, line, from) : inside(a, from, line))) {
            from++;
        }
        while (to > from && !(alongRay ? inside(a, line, to - 1) : inside(a, to - 1, line))) {
            to--;
        }
        range[1] = from;
        range[2] = to;
    }

    /** The column sampled for bin x at row y of the angle with this cosine and sine (held in locals by the loops). */
    private double col(double ca, double sa, int x, int y) {
        int c = n / 2;
        return ca * (x - c) + sa * (y - c) + c;
    }

    private double row(double ca, double sa, int x, int y) {
        int c = n / 2;
        return -sa * (x - c) + ca * (y - c) + c;
    }

    /** {@link #bilinear} of a sample that is {@link #inside}. */
    private double interiorBilinear(float[] image, double col, double row) {
        int c0 = (int) col;
        int r0 = (int) row;
        double dc = col - c0;
        double dr = row - r0;
        int i = r0 * n + c0;
        return (1 - dr) * ((1 - dc) * image[i] + dc * image[i + 1])
                + dr * ((1 - dc) * image[i + n] + dc * image[i + n + 1]);
    }

    /** {@link #spread} of a sample that is {@link #inside}. */
    private void interiorSpread(double[] acc, double col, double row, double value) {
        int c0 = (int) col;
        int r0 = (int) row;
        double dc = col - c0;
        double dr = row - r0;
        double top = (1 - dr) * value;
        double bottom = dr * value;
        int i = r0 * n + c0;
        acc[i] += (1 - dc) * top;
        acc[i + 1] += dc * top;
        acc[i + n] += (1 - dc) * bottom;
        acc[i + n + 1] += dc * bottom;
    }

    private double bilinear(float[] image, double col, double row) {
        if (!(col >= -1 && col < n && row >= -1 && row < n)) {
            return 0;
        }
        int c0 = (int) (col + 1) - 1; // floor, as col ≥ −1
        int r0 = (int) (row + 1) - 1;
        double dc = col - c0;
        double dr = row - r0;
        if (c0 >= 0 && c0 < n - 1 && r0 >= 0 && r0 < n - 1) {
            int i = r0 * n + c0;
            return (1 - dr) * ((1 - dc) * image[i] + dc * image[i + 1])
                    + dr * ((1 - dc) * image[i + n] + dc * image[i + n + 1]);
        }
        return (1 - dr) * ((1 - dc) * pixel(image, r0, c0) + dc * pixel(image, r0, c0 + 1))
                + dr * ((1 - dc) * pixel(image, r0 + 1, c0) + dc * pixel(image, r0 + 1, c0 + 1));
    }

    private void spread(double[] acc, double col, double row, double value) {
        if (!(col >= -1 && col < n && row >= -1 && row < n)) {
            return;
        }
        int c0 = (int) (col + 1) - 1;
        int r0 = (int) (row + 1) - 1;
        double dc = col - c0;
        double dr = row - r0;
        double top = (1 - dr) * value;
        double bottom = dr * value;
        if (c0 >= 0 && c0 < n - 1 && r0 >= 0 && r0 < n - 1) {
            int i = r0 * n + c0;
            acc[i] += (1 - dc) * top;
            acc[i + 1] += dc * top;
            acc[i + n] += (1 - dc) * bottom;
            acc[i + n + 1] += dc * bottom;
        } else {
            add(acc, r0, c0, (1 - dc) * top);
            add(acc, r0, c0 + 1, dc * top);
            add(acc, r0 + 1, c0, (1 - dc) * bottom);
            add(acc, r0 + 1, c0 + 1, dc * bottom);
        }
    }

    /** The image at (row, col), zero outside. */
    private double pixel(float[] image, int row, int col) {
        return row >= 0 && row < n && col >= 0 && col < n ? image[row * n + col] : 0;
    }

    private void add(double[] acc, int row, int col, double v) {
        if (row >= 0 && row < n && col >= 0 && col < n) {
            acc[row * n + col] += v;
        }
    }
}
