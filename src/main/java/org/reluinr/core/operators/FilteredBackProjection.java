package org.reluinr.core.operators;

import java.util.Locale;

import org.reluinr.core.parallel.RowParallel;

/**
 * Filtered back-projection, the classical CT reconstruction, in the conventions of the
 * {@link RadonOperator} (and of scikit-image's {@code iradon(..., circle=True)}): each
 * projection of n bins is first centred in ⌈√2 n⌉ bins (the detector of the image's
 * diagonal), then zero-padded to a power of two (at least 64 and twice that) and convolved
 * with the chosen filter; the filtered projections are linearly interpolated back along
 * their rays, summed over angles, scaled by π / (2 · angles), and set to zero outside the
 * inscribed circle.
 */
public final class FilteredBackProjection {

    /** Frequency windows applied to the ramp filter. */
    public enum Filter {
        RAMP, SHEPP_LOGAN, COSINE, HANN;

        /** The snake_case name users type. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Filter parse(String key) {
            for (Filter f : values()) {
                if (f.key().equals(key)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown filter '" + key + "'; use ramp, shepp_logan, cosine or hann");
        }
    }

    private FilteredBackProjection() {
    }

    /**
     * Reconstructs an n × n image from a sinogram with one row of n detector bins per angle.
     */
    public static float[] reconstruct(float[] sinogram, int n, double[] anglesDegrees, Filter filter) {
        int angles = anglesDegrees.length;
        if (sinogram.length != (long) n * angles) {
            throw new IllegalArgumentException("the sinogram has " + sinogram.length + " values, expected " + angles
                    + " angles × " + n + " bins");
        }
        int diagonal = (int) Math.ceil(Math.sqrt(2) * n);
        int offset = diagonal / 2 - n / 2;
        double[] kernel = spatialKernel(paddedLength(diagonal), filter);
        double[][] filtered = new double[angles][];
        RowParallel.run(angles, (worker, from, to) -> {
            for (int a = from; a < to; a++) {
                filtered[a] = convolve(sinogram, a * n, n, offset, diagonal, kernel);
            }
        });
        float[] image = new float[n * n];
        int r = n / 2;
        int centre = diagonal / 2;
        double scale = Math.PI / (2.0 * angles);
        boolean[] inside = SupportCircle.of(n);
        RowParallel.run(n, (worker, from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < n; j++) {
                    if (!inside[i * n + j]) {
                        continue;
                    }
                    int xpr = i - r;
                    int ypr = j - r;
                    double sum = 0;
                    for (int a = 0; a < angles; a++) {
                        double theta = Math.toRadians(anglesDegrees[a]);
                        double t = ypr * Math.cos(theta) - xpr * Math.sin(theta);
                        sum += interpolate(filtered[a], t + centre);
                    }
                    image[i * n + j] = (float) (sum * scale);
                }
            }
        });
        return image;
    }

    static int paddedLength(int n) {
        int p = 64;
        while (p < 2 * n) {
            p *= 2;
        }
        return p;
    }

    /** Linear interpolation of samples at positions 0 .. len−1, zero outside. */
    private static double interpolate(double[] samples, double position) {
        int last = samples.length - 1;
        if (position < 0 || position > last) {
            return 0;
        }
        int k = Math.min((int) Math.floor(position), last - 1);
        double frac = position - k;
        return samples[k] * (1 - frac) + samples[k + 1] * frac;
    }

    /**
     * The projection's n bins placed at {@code offset} in {@code length} bins, zero-padded to
     * the kernel's period and circularly convolved with it; the first {@code length} outputs.
     */
    private static double[] convolve(float[] sinogram, int start, int n, int offset, int length, double[] kernel) {
        int p = kernel.length;
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += sinogram[start + j] * kernel[Math.floorMod(i - offset - j, p)];
            }
            out[i] = s;
        }
        return out;
    }

    /** The filter's impulse response over one period of the padded length (inverse DFT of its response). */
    static double[] spatialKernel(int p, Filter filter) {
        double[] response = frequencyResponse(p, filter);
        double[] kernel = new double[p];
        for (int m = 0; m < p; m++) {
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += response[k] * Math.cos(2 * Math.PI * k * m / p);
            }
            kernel[m] = s / p;
        }
        return kernel;
    }

    /**
     * The ramp filter built from its band-limited spatial form (value 1/4 at 0, −1/(π d)² at odd
     * circular distances d, 0 at even ones) so that its zero frequency is not exactly zero, then
     * multiplied by the window.
     */
    static double[] frequencyResponse(int p, Filter filter) {
        double[] spatial = new double[p];
        spatial[0] = 0.25;
        for (int i = 1; i < p; i += 2) {
            int d = Math.min(i, p - i);
            spatial[i] = -1.0 / (Math.PI * d * Math.PI * d);
        }
        double[] response = new double[p];
        for (int k = 0; k < p; k++) {
            double s = 0;
            for (int i = 0; i < p; i++) {
                s += spatial[i] * Math.cos(2 * Math.PI * k * i / p);
            }
            response[k] = 2 * s * window(filter, k, p);
        }
        return response;
    }

    private static double window(Filter filter, int k, int p) {
        int shifted = (k + p / 2) % p;
        return switch (filter) {
            case RAMP -> 1;
            case SHEPP_LOGAN -> {
                if (k == 0) {
                    yield 1;
                }
                double omega = Math.PI * (k < p / 2 ? k : k - p) / p;
                yield Math.sin(omega) / omega;
            }
            case COSINE -> Math.sin(Math.PI * shifted / p);
            case HANN -> 0.5 - 0.5 * Math.cos(2 * Math.PI * shifted / (p - 1));
        };
    }
}
