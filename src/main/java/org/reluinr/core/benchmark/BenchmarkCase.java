package org.reluinr.core.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.core.operators.ProjectionAngles;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.operators.SupportCircle;

/**
 * The benchmark's cases and how each is prepared from a test image. Preparation is
 * deterministic: the noise of a case on an image comes from a generator seeded by the run's
 * seed, the case and the image, so adding cases or images leaves the others unchanged.
 */
public enum BenchmarkCase {

    SR2("super-resolution ×2: the block average of the ground truth, noise-free"),
    SR4("super-resolution ×4, noise-free"),
    SR2_NOISY("super-resolution ×2, Gaussian noise σ = 0.01 added to the low-resolution image"),
    SR4_NOISY("super-resolution ×4, Gaussian noise σ = 0.01 added to the low-resolution image"),
    CT20("CT, 20 angles over 180°"),
    CT45("CT, 45 angles over 180°"),
    CT100("CT, 100 angles over 180°"),
    CT60_LIMITED("CT, limited angle: 60 angles over 120°"),
    CT45_NOISY("CT, 45 angles over 180°, Gaussian noise σ = 1% of the sinogram's maximum"),
    RENDER2X("render at 2×: fit the even pixels, score the never-seen odd rows and columns"),
    RENDER4X("render at 4×: fit every fourth pixel of each axis, score the never-seen others");

    /** σ of the noise added to the low-resolution image, on the [0, 1] scale. */
    public static final double SR_NOISE = 0.01;
    /** σ of the sinogram noise as a fraction of the sinogram's maximum. */
    public static final double CT_NOISE = 0.01;

    private final String description;

    BenchmarkCase(String description) {
        this.description = description;
    }

    /** The name users type, e.g. {@code sr4_noisy}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static BenchmarkCase parse(String key) {
        for (BenchmarkCase c : values()) {
            if (c.key().equals(key.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown case '" + key + "'; cases: " + keys());
    }

    /** All case names, comma-separated. */
    public static String keys() {
        return String.join(",", java.util.Arrays.stream(values()).map(BenchmarkCase::key).toList());
    }

    public Family family() {
        return switch (this) {
            case SR2, SR4, SR2_NOISY, SR4_NOISY -> Family.SUPER_RESOLUTION;
            case CT20, CT45, CT100, CT60_LIMITED, CT45_NOISY -> Family.CT;
            case RENDER2X -> Family.RENDER_AT_2X;
            case RENDER4X -> Family.RENDER_AT_4X;
        };
    }

    /**
     * This case on one test image.
     *
     * @param source the test image as read (grayscale or RGB, any size and range)
     * @param sizes the side of the super-resolution and render ground truths and of the CT one
     */
    public Trial<?> prepare(String imageName, FloatImage source, Sizes sizes, long seed, MethodRegistry methods) {
        Random random = new Random(seed * 1_000_003L + (key() + "/" + imageName).hashCode());
        return switch (this) {
            case SR2 -> superResolution(imageName, source, sizes, 2, false, random, methods);
            case SR4 -> superResolution(imageName, source, sizes, 4, false, random, methods);
            case SR2_NOISY -> superResolution(imageName, source, sizes, 2, true, random, methods);
            case SR4_NOISY -> superResolution(imageName, source, sizes, 4, true, random, methods);
            case CT20 -> ct(imageName, source, sizes, 20, 180, false, random, methods);
            case CT45 -> ct(imageName, source, sizes, 45, 180, false, random, methods);
            case CT100 -> ct(imageName, source, sizes, 100, 180, false, random, methods);
            case CT60_LIMITED -> ct(imageName, source, sizes, 60, 120, false, random, methods);
            case CT45_NOISY -> ct(imageName, source, sizes, 45, 180, true, random, methods);
            case RENDER2X -> render(imageName, source, sizes, 2, methods.renderAt2x());
            case RENDER4X -> render(imageName, source, sizes, 4, methods.renderAt4x());
        };
    }

    /** Ground-truth sides: super-resolution and render at 2× and 4× (a multiple of 4), and CT. */
    public record Sizes(int superResolution, int ct) {

        public static final Sizes DEFAULT = new Sizes(256, 128);

        public Sizes {
            if (superResolution < 28 || superResolution % 4 != 0) {
                throw new IllegalArgumentException("the super-resolution size must be a multiple of 4 and at least 28"
                        + " (SSIM's 7×7 windows at ×4), got " + superResolution);
            }
            if (ct < 7) {
                throw new IllegalArgumentException("the CT size must be at least 7 (SSIM's window), got " + ct);
            }
        }
    }

    private Trial<SuperResolutionInput> superResolution(String imageName, FloatImage source, Sizes sizes, int scale,
            boolean noisy, Random random, MethodRegistry methods) {
        int n = sizes.superResolution();
        FloatImage truth = GrayscaleSquare.prepare(source, n);
        AveragePoolOperator pool = new AveragePoolOperator(n / scale, n / scale, scale);
        float[] low = new float[pool.rangeSize()];
        pool.apply(truth.data(), low);
        if (noisy) {
            low = GaussianNoise.added(low, SR_NOISE, random);
        }
        FloatImage lowImage = new FloatImage(n / scale, n / scale, 1, 1, low);
        return new Trial<>(key(), family(), imageName, truth, new SuperResolutionInput(lowImage, scale),
                List.of(truth, PixelReplication.enlarge(lowImage, scale)), methods.superResolution());
    }

    private Trial<CtInput> ct(String imageName, FloatImage source, Sizes sizes, int angleCount, double range,
            boolean noisy, Random random, MethodRegistry methods) {
        int n = sizes.ct();
        FloatImage truth = SupportCircle.masked(GrayscaleSquare.prepare(source, n));
        double[] angles = ProjectionAngles.evenlySpaced(angleCount, range);
        RadonOperator radon = new RadonOperator(n, angles);
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(truth.data(), sinogram);
        if (noisy) {
            float max = 0;
            for (float v : sinogram) {
                max = Math.max(max, v);
            }
            sinogram = GaussianNoise.added(sinogram, CT_NOISE * max, random);
        }
        return new Trial<>(key(), family(), imageName, truth,
                new CtInput(new FloatImage(n, angleCount, 1, 1, sinogram), angles), List.of(truth), methods.ct());
    }

    private Trial<FloatImage> render(String imageName, FloatImage source, Sizes sizes, int step,
            List<Method<FloatImage>> methods) {
        FloatImage full = GrayscaleSquare.prepare(source, sizes.superResolution());
        FloatImage seen = SubsampledPixels.seen(full, step);
        return new Trial<>(key(), family(), imageName, full, seen, List.of(full, PixelReplication.enlarge(seen, step)),
                methods);
    }
}
