package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reluinr.core.classical.BlockUpscaling;
import org.reluinr.core.classical.Interpolation;
import org.reluinr.core.classical.IterativeBackProjection;
import org.reluinr.core.classical.SuperResolutionBaselines;
import org.reluinr.core.classical.TvIbpBlend;
import org.reluinr.core.classical.TvReconstruction;
import org.reluinr.core.classical.TvWeightChoice;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.Upscaling;

/** {@code ./inr upscale IMAGE --scale S --method M}: the classical super-resolution baselines. */
final class UpscaleCli {

    static final String NAME = "upscale";
    private static final String[] METHODS = {"bicubic", "cubic", "ibp", "ibp_directional", "tv", "tv_ibp"};

    private UpscaleCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "IMAGE --scale S [options]",
                "Classical upscaling of IMAGE by S: bicubic (ImageJ's resize), cubic (Keys cubic convolution,\n"
                        + "pixels as S×S block centres), ibp (iterative back-projection: cubic, then corrected until\n"
                        + "the S×S block averages match IMAGE), ibp_directional (the same from directional cubic\n"
                        + "convolution, which follows edges; S a power of two), tv (the image with least total\n"
                        + "variation whose block averages match) or tv_ibp (a blend of TV and IBP, TV's share chosen\n"
                        + "by super-resolving IMAGE's own 2×2 block average, IBP's start by IMAGE's even pixels\n"
                        + "predicting its odd ones; the strongest). Writes OUT/<name>-<method>.tif and\n"
                        + "OUT/metrics.json.",
                List.of(new Option("scale", "4", "integer upscaling factor, at least 2"),
                        new Option("method", "ibp", String.join(", ", METHODS)), ClassicalOptions.ITERATIONS,
                        ClassicalOptions.TV_WEIGHT, ClassicalOptions.SEED, ClassicalOptions.GROUND_TRUTH,
                        TaskOutput.OUT));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("IMAGE").get(0));
        int scale = SuperResCli.scale(cl.string("scale"));
        String method = ClassicalOptions.method(cl, METHODS);
        FloatImage low = InputImages.readPlane(input);
        InputChecks.requireFittable(low, "the image");
        int w = low.width();
        int h = low.height();
        FloatImage truth = cl.has("ground_truth") ? InputImages.readPlane(cl.path("ground_truth")) : null;
        if (truth != null) {
            InputChecks.requireSameShape(truth, w * scale, h * scale, low.channels(),
                    "the ground truth must be " + scale + " × the input's size with as many channels");
        }
        if (method.equals("ibp_directional") && !BlockUpscaling.DIRECTIONAL_CUBIC.takes(scale)) {
            throw new UsageException("--method ibp_directional takes a scale that is a power of two (2, 4, 8, …), not "
                    + scale + "; use --method ibp");
        }
        double fixedWeight = ClassicalOptions.tvWeight(cl);
        if (method.equals("tv_ibp") && fixedWeight != FitSettings.AUTO) {
            throw new UsageException("--method tv_ibp chooses its TV weight on held-out pixels; give --tv_weight only"
                    + " with --method tv");
        }
        long seed = cl.longValue("seed");
        ResultWriter writer = new ResultWriter(cl.path("out"));

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("input", input.toString());
        metrics.put("method", method);
        metrics.put("scale", scale);
        long start = System.nanoTime();
        FloatImage result;
        if (method.equals("bicubic")) {
            result = Upscaling.bicubic(low, scale);
        } else {
            int plane = w * h * scale * scale;
            float[] data = new float[plane * low.channels()];
            for (int ch = 0; ch < low.channels(); ch++) {
                float[] channel = low.channel(ch);
                float[] up = switch (method) {
                    case "cubic" -> Interpolation.blockCentred(channel, w, h, scale, Interpolation.Kernel.CUBIC);
                    case "ibp", "ibp_directional" -> IterativeBackProjection.upscale(channel, w, h, scale,
                            iterations(cl, metrics, IterativeBackProjection.DEFAULT_ITERATIONS),
                            method.equals("ibp") ? BlockUpscaling.BICUBIC : BlockUpscaling.DIRECTIONAL_CUBIC);
                    case "tv_ibp" -> tvIbp(cl, channel, w, h, scale, seed, ch, low.channels(), metrics, out);
                    default -> tv(cl, channel, w, h, scale, fixedWeight, seed, ch, low.channels(), metrics, out);
                };
                System.arraycopy(up, 0, data, ch * plane, plane);
            }
            result = new FloatImage(w * scale, h * scale, 1, low.channels(), data);
        }
        metrics.put("seconds", (System.nanoTime() - start) / 1e9);
        if (truth != null) {
            ImageQuality q = GroundTruthQuality.of(truth, result);
            metrics.put("psnr", q.psnr());
            metrics.put("ssim", q.ssim());
            out.printf("%s: PSNR %.2f dB, SSIM %.4f%n", method, q.psnr(), q.ssim());
        }
        Path tif = writer.image(result, ImageFiles.baseName(input) + "-" + method);
        Path json = writer.metrics(metrics);
        out.println("wrote " + tif + " and " + json);
        return 0;
    }

    /** TV super-resolution of one channel. */
    private static float[] tv(CommandLine cl, float[] channel, int w, int h, int scale, double fixedWeight, long seed,
            int ch, int channels, Map<String, Object> metrics, PrintStream out) {
        TvReconstruction.Settings settings = tvSettings(cl, metrics);
        if (fixedWeight != FitSettings.AUTO) {
            metrics.put("tv_weight", fixedWeight);
            return SuperResolutionBaselines.tv(channel, w, h, scale, fixedWeight, settings);
        }
        TvWeightChoice choice = SuperResolutionBaselines.tvAuto(channel, w, h, scale, settings, seed);
        ClassicalOptions.putChoice(metrics, channels == 1 ? "" : "channel" + ch + "_", choice);
        out.printf("TV weight %.4g (held-out pixels chose %.3g × ‖Aᵀy‖∞)%n", choice.weight(),
                choice.candidates()[choice.best()] / choice.scale());
        return choice.reconstruction();
    }

    /** The TV / IBP blend of one channel (TV's weight always chosen on held-out pixels). */
    private static float[] tvIbp(CommandLine cl, float[] channel, int w, int h, int scale, long seed, int ch,
            int channels, Map<String, Object> metrics, PrintStream out) {
        TvReconstruction.Settings settings = tvSettings(cl, metrics);
        TvIbpBlend blend = SuperResolutionBaselines.tvIbpAuto(channel, w, h, scale, settings, seed);
        String prefix = channels == 1 ? "" : "channel" + ch + "_";
        ClassicalOptions.putChoice(metrics, prefix, blend.tv());
        metrics.put(prefix + "tv_share", blend.tvShare());
        metrics.put(prefix + "ibp_start", blend.ibpStart().label());
        out.printf("TV share %.3f, TV weight %.4g, IBP from %s%n", blend.tvShare(), blend.tv().weight(),
                blend.ibpStart().label());
        return blend.reconstruction();
    }

    private static TvReconstruction.Settings tvSettings(CommandLine cl, Map<String, Object> metrics) {
        return new TvReconstruction.Settings(iterations(cl, metrics, TvReconstruction.Settings.defaults().iterations()),
                TvReconstruction.Settings.defaults().proxIterations());
    }

    private static int iterations(CommandLine cl, Map<String, Object> metrics, int methodDefault) {
        int n = ClassicalOptions.iterations(cl, methodDefault);
        metrics.put("iterations", n);
        return n;
    }
}
