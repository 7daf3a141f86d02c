package org.reluinr.core.classical;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import org.reluinr.core.image.FloatImage;

/**
 * Point-sample interpolation of a w × h plane, made for the positions half-way between its
 * samples: separable kernels weighing the samples nearest a position, and directional cubic
 * convolution, which follows edges. Past the edge the samples are extended linearly
 * (v₋₁ = 2v₀ − v₁), so positions up to half a pixel beyond the last sample are extrapolated and
 * linear ramps stay exact. Two grids:
 * <ul>
 * <li>{@link #halfPixelGrid}: positions −½, 0, ½, …, w − ½ on each axis ((2w + 1) × (2h + 1)
 * values, sample i at index 2i + 1), the whole area the pixels cover;</li>
 * <li>{@link #upsample}: positions 0, ½, …, w − ½ (2w × 2h, sample i at index 2i), the "render
 * at 2×" geometry of the benchmark.</li>
 * </ul>
 * and anywhere, as a {@link Surface} (the same kernels at any offset; directional cubic
 * convolution through its half-pixel grid).
 */
public enum HalfPixelInterpolation {

    /** Linear interpolation between the two neighbours. */
    BILINEAR(false, 1, Interpolation.Kernel.LINEAR::weight),
    /**
     * Keys' cubic convolution with a = −0.5 (Catmull–Rom; ImageJ's bicubic kernel); at t = ½ it
     * weighs −1/16, 9/16, 9/16, −1/16.
     */
    BICUBIC(false, 2, Interpolation.Kernel.CUBIC::weight),
    /**
     * Cubic B-spline interpolation: the cubic spline through the samples, whose coefficients
     * the recursive prefilter gives; at t = ½ the cubic B-spline weighs them 1/48, 23/48, 23/48,
     * 1/48. Half-way between samples it keeps more of fine detail (a wave of a quarter of the
     * sampling rate at 97% of its amplitude, where cubic convolution keeps 88%), so it is closer
     * on smooth images and rings more at edges.
     */
    SPLINE(true, 2, HalfPixelInterpolation::cubicBSpline),
    /**
     * Directional cubic convolution ({@link DirectionalCubic}): half-way between samples, cubic
     * convolution along an edge where the image has one (no staircase on slanted edges),
     * elsewhere a blend of two directions; between those positions, Keys' kernel on the
     * half-pixel grid (the kernel given here, applied to that grid).
     */
    DIRECTIONAL_CUBIC(false, 2, Interpolation.Kernel.CUBIC::weight) {
        @Override
        public float[] halfPixelGrid(float[] plane, int w, int h) {
            Vectors.requireLength(plane, w * h, "the plane");
            return DirectionalCubic.halfPixelGrid(plane, w, h);
        }

        @Override
        public Surface surface(float[] plane, int w, int h) {
            // position p of the plane is index 2p + 1 of its half-pixel grid
            Surface grid = new Separable(this, halfPixelGrid(plane, w, h), 2 * w + 1, 2 * h + 1);
            return (x, y) -> grid.at(2 * x + 1, 2 * y + 1);
        }
    };

    /** The pole of the cubic B-spline's prefilter, √3 − 2. */
    private static final double POLE = Math.sqrt(3) - 2;
    /**
     * Samples added by linear extension beyond each end before the prefilter: a sample's
     * coefficient feels the line's end POLE^distance, under 2e-7 at this distance, so the
     * spline sees an infinitely extended line.
     */
    private static final int MARGIN = 12;

    private final boolean prefiltered;
    /** The kernel is zero from this distance on: the taps are the 2·radius samples nearest a position. */
    private final int radius;
    private final DoubleUnaryOperator kernel;

    HalfPixelInterpolation(boolean prefiltered, int radius, DoubleUnaryOperator kernel) {
        this.prefiltered = prefiltered;
        this.radius = radius;
        this.kernel = kernel;
    }

    /** The name a result, a table or a message gives it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The (2w + 1) × (2h + 1) values of one plane at positions −½, 0, ½, …, w − ½ (and so on y). */
    public float[] halfPixelGrid(float[] plane, int w, int h) {
        Vectors.requireLength(plane, w * h, "the plane");
        int fineWidth = 2 * w + 1;
        float[] wide = new float[fineWidth * h];
        float[] line = new float[w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(plane, y * w, line, 0, w);
            System.arraycopy(line(line), 0, wide, y * fineWidth, fineWidth);
        }
        float[] out = new float[fineWidth * (2 * h + 1)];
        float[] column = new float[h];
        for (int x = 0; x < fineWidth; x++) {
            for (int y = 0; y < h; y++) {
                column[y] = wide[y * fineWidth + x];
            }
            float[] up = line(column);
            for (int y = 0; y < up.length; y++) {
                out[y * fineWidth + x] = up[y];
            }
        }
        return out;
    }

    /** The 2w × 2h image at positions 0, ½, …, w − ½: the half-pixel grid without its first row and column. */
    public FloatImage upsample(FloatImage image) {
        if (image.channels() != 1 || image.depth() != 1) {
            throw new IllegalArgumentException("half-pixel interpolation takes a grayscale plane");
        }
        int w = image.width();
        int h = image.height();
        float[] grid = halfPixelGrid(image.data(), w, h);
        float[] out = new float[4 * w * h];
        for (int y = 0; y < 2 * h; y++) {
            System.arraycopy(grid, (y + 1) * (2 * w + 1) + 1, out, y * 2 * w, 2 * w);
        }
        return new FloatImage(2 * w, 2 * h, 1, 1, out);
    }

    /**
     * The mean squared error where the plane's even pixels (even row and column) predict the
     * others, positions they lie half-way between: an estimate, from the plane alone, of this
     * interpolation's error half-way between its pixels.
     */
    public double selfTestError(float[] plane, int w, int h) {
        int sw = (w + 1) / 2;
        int sh = (h + 1) / 2;
        float[] samples = new float[sw * sh];
        for (int j = 0; j < sh; j++) {
            for (int i = 0; i < sw; i++) {
                samples[j * sw + i] = plane[2 * j * w + 2 * i];
            }
        }
        // pixel x lies at sample position x / 2, index x + 1 of the samples' half-pixel grid
        float[] predicted = halfPixelGrid(samples, sw, sh);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x % 2 == 1 || y % 2 == 1) {
                    double d = predicted[(y + 1) * (2 * sw + 1) + x + 1] - plane[y * w + x];
                    sum += d * d;
                    count++;
                }
            }
        }
        return sum / count;
    }

    /** Values at −½, 0, ½, …, n − ½: sample k at index 2k + 1, position k − ½ at index 2k. */
    private float[] line(float[] v) {
        int n = v.length;
        double[] c = coefficients(v);
        float[] out = new float[2 * n + 1];
        for (int k = 0; k <= n; k++) {
            if (k < n) {
                out[2 * k + 1] = v[k];
            }
            out[2 * k] = (float) at(c, 0, 1, k - 0.5);
        }
        return out;
    }

    /**
     * The value at position u (in samples) of the line whose {@link #coefficients} are
     * c[first], c[first + stride], …: Σ_i kernel(u − i) · c_i over the taps nearest u.
     */
    private double at(double[] c, int first, int stride, double u) {
        int base = (int) Math.floor(u);
        double s = 0;
        for (int i = base - radius + 1; i <= base + radius; i++) {
            s += kernel.applyAsDouble(u - i) * c[first + stride * (MARGIN + i)];
        }
        return s;
    }

    /** The interpolation of a w × h plane, to be evaluated anywhere within half a pixel past its edge samples. */
    public Surface surface(float[] plane, int w, int h) {
        Vectors.requireLength(plane, w * h, "the plane");
        return new Separable(this, plane, w, h);
    }

    /** An interpolated plane as a function of position (x, y) in pixels, pixel (i, j) at (i, j). */
    @FunctionalInterface
    public interface Surface {

        /** The value at (x, y); not thread-safe (it may reuse a buffer). */
        double at(double x, double y);
    }

    /** A separable kernel's surface: each axis extended and prefiltered like a line. */
    private static final class Separable implements Surface {

        private final HalfPixelInterpolation interpolation;
        private final double[] coefficients;
        private final int wide;
        private final double[] rowValues;

        private Separable(HalfPixelInterpolation interpolation, float[] plane, int w, int h) {
            this.interpolation = interpolation;
            this.wide = w + 2 * MARGIN;
            double[] rows = new double[wide * h];
            float[] line = new float[w];
            for (int y = 0; y < h; y++) {
                System.arraycopy(plane, y * w, line, 0, w);
                System.arraycopy(interpolation.coefficients(line), 0, rows, y * wide, wide);
            }
            this.coefficients = new double[wide * (h + 2 * MARGIN)];
            float[] column = new float[h];
            for (int x = 0; x < wide; x++) {
                for (int y = 0; y < h; y++) {
                    column[y] = (float) rows[y * wide + x];
                }
                double[] extended = interpolation.coefficients(column);
                for (int y = 0; y < extended.length; y++) {
                    coefficients[y * wide + x] = extended[y];
                }
            }
            this.rowValues = new double[h + 2 * MARGIN];
        }

        @Override
        public double at(double x, double y) {
            int base = (int) Math.floor(y);
            int r = interpolation.radius;
            for (int j = base - r + 1; j <= base + r; j++) {
                int row = MARGIN + j;
                rowValues[row] = interpolation.at(coefficients, row * wide, 1, x);
            }
            return interpolation.at(rowValues, 0, 1, y);
        }
    }

    /** The centred cubic B-spline β³(t). */
    private static double cubicBSpline(double t) {
        double d = Math.abs(t);
        if (d < 1) {
            return 2 / 3.0 - d * d + d * d * d / 2;
        }
        return d < 2 ? (2 - d) * (2 - d) * (2 - d) / 6 : 0;
    }

    /** What the weights apply to: the line extended by {@link #MARGIN} each side, prefiltered for the spline. */
    private double[] coefficients(float[] v) {
        double[] c = new double[v.length + 2 * MARGIN];
        for (int i = 0; i < c.length; i++) {
            c[i] = extended(k -> v[k], v.length, i - MARGIN);
        }
        if (prefiltered) {
            splineCoefficients(c);
        }
        return c;
    }

    /**
     * In place, the cubic B-spline coefficients of samples s (so that (c[i−1] + 4c[i] + c[i+1]) / 6
     * = s[i]), by a causal and an anti-causal recursion at the pole, mirrored at the ends (Unser,
     * "Splines: a perfect fit for signal and image processing", 1999).
     */
    private static void splineCoefficients(double[] c) {
        int m = c.length;
        double sum = 0;
        double power = 1;
        for (int k = 0; k < m; k++) {
            c[k] *= 6;
            sum += power * c[k];
            power *= POLE;
        }
        c[0] = sum;
        for (int i = 1; i < m; i++) {
            c[i] += POLE * c[i - 1];
        }
        c[m - 1] = POLE / (POLE * POLE - 1) * (c[m - 1] + POLE * c[m - 2]);
        for (int i = m - 2; i >= 0; i--) {
            c[i] = POLE * (c[i + 1] - c[i]);
        }
    }

    /** Pixel (x, y) of a w × h plane extended linearly past its edges, separably (rows, then columns). */
    static double extended(float[] plane, int w, int h, int x, int y) {
        return extended(row -> extended(k -> plane[row * w + k], w, x), h, y);
    }

    /** Entry i of the line v_0 … v_{n−1} extended linearly past its ends (v₋₁ = 2v₀ − v₁). */
    private static double extended(IntToDoubleFunction v, int n, int i) {
        if (i >= 0 && i < n) {
            return v.applyAsDouble(i);
        }
        if (n == 1) {
            return v.applyAsDouble(0);
        }
        return i < 0 ? v.applyAsDouble(0) + i * (v.applyAsDouble(1) - v.applyAsDouble(0))
                : v.applyAsDouble(n - 1) + (i - n + 1) * (v.applyAsDouble(n - 1) - v.applyAsDouble(n - 2));
    }
}
