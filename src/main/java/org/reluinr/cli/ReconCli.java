package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reluinr.core.classical.Cgls;
import org.reluinr.core.classical.CtBaselines;
import org.reluinr.core.classical.NonNegativeLeastSquares;
import org.reluinr.core.classical.Sirt;
import org.reluinr.core.classical.TvReconstruction;
import org.reluinr.core.classical.TvWeightChoice;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.metrics.GroundTruthQuality;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.operators.FilteredBackProjection;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.tasks.InputChecks;
import org.reluinr.imagej.ImageFiles;

/** {@code ./inr recon SINOGRAM --method M}: the classical CT reconstructions the INR is measured against. */
final class ReconCli {

    static final String NAME = "recon";
    private static final String[] METHODS = {"fbp", "cgls", "sirt", "nnls", "tv"};

    private ReconCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "SINOGRAM [options]",
                "Classical CT reconstruction of SINOGRAM (one row per angle, n detector bins) to an n×n image:\n"
                        + "fbp (filtered back-projection), cgls (least squares by conjugate gradients), sirt,\n"
                        + "nnls (least squares in the √ramp metric with x ≥ 0 inside the inscribed circle, by FISTA)\n"
                        + "or tv (nnls plus a total-variation penalty). Writes OUT/<name>-<method>.tif and\n"
                        + "OUT/metrics.json.",
                List.of(new Option("method", "tv", String.join(", ", METHODS)), ClassicalOptions.ITERATIONS,
                        ClassicalOptions.TV_WEIGHT, ClassicalOptions.SEED,
                        new Option("filter", "ramp", "fbp's filter: ramp, shepp_logan, cosine or hann"),
                        AngleOptions.ANGLE_RANGE, AngleOptions.ANGLE_LIST, ClassicalOptions.GROUND_TRUTH,
                        TaskOutput.OUT));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("SINOGRAM").get(0));
        String method = ClassicalOptions.method(cl, METHODS);
        FloatImage sinogram = InputImages.readPlane(input);
        InputChecks.requireFittable(sinogram, "the sinogram");
        if (sinogram.channels() != 1) {
            throw new UsageException("the sinogram must be grayscale");
        }
        double[] angles = AngleOptions.forRows(cl, sinogram.height());
        int n = sinogram.width();
        FloatImage truth = cl.has("ground_truth") ? InputImages.readPlane(cl.path("ground_truth")) : null;
        if (truth != null) {
            InputChecks.requireSameShape(truth, n, n, 1,
                    "the ground truth must be n × n grayscale, n = the sinogram's width (" + n + ")");
        }
        FilteredBackProjection.Filter filter = FilteredBackProjection.Filter.parse(cl.string("filter"));
        double fixedWeight = ClassicalOptions.tvWeight(cl);
        long seed = cl.longValue("seed");
        ResultWriter writer = new ResultWriter(cl.path("out"));

        RadonOperator radon = new RadonOperator(n, angles);
        float[] y = sinogram.data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("input", input.toString());
        metrics.put("method", method);
        metrics.put("n", n);
        metrics.put("n_angles", angles.length);
        long start = System.nanoTime();
        float[] image = switch (method) {
            case "fbp" -> {
                metrics.put("filter", filter.key());
                yield FilteredBackProjection.reconstruct(y, n, angles, filter);
            }
            case "cgls" -> Cgls.solve(radon, y, iterations(cl, metrics, Cgls.DEFAULT_ITERATIONS));
            case "sirt" -> Sirt.solve(radon, y, CtBaselines.feasibleSet(n), iterations(cl, metrics, Sirt.DEFAULT_ITERATIONS));
            case "nnls" -> CtBaselines.nonNegativeLeastSquares(y, n, angles,
                    iterations(cl, metrics, NonNegativeLeastSquares.DEFAULT_ITERATIONS));
            default -> {
                TvReconstruction.Settings settings = new TvReconstruction.Settings(
                        iterations(cl, metrics, TvReconstruction.Settings.defaults().iterations()),
                        TvReconstruction.Settings.defaults().proxIterations());
                if (fixedWeight != FitSettings.AUTO) {
                    metrics.put("tv_weight", fixedWeight);
                    yield CtBaselines.tv(y, n, angles, fixedWeight, settings);
                }
                TvWeightChoice choice = CtBaselines.tvAuto(y, n, angles, settings, seed);
                metrics.put("held_out_angles", CtBaselines.heldOutAngles(angles.length, n, seed).heldOut().length / n);
                ClassicalOptions.putChoice(metrics, "", choice);
                out.printf("TV weight %.4g (held-out angles chose %.3g × ‖Aᵀy‖∞)%n", choice.weight(),
                        choice.candidates()[choice.best()] / choice.scale());
                yield choice.reconstruction();
            }
        };
        metrics.put("seconds", (System.nanoTime() - start) / 1e9);
        FloatImage result = new FloatImage(n, n, 1, 1, image);
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

    private static int iterations(CommandLine cl, Map<String, Object> metrics, int methodDefault) {
        int n = ClassicalOptions.iterations(cl, methodDefault);
        metrics.put("iterations", n);
        return n;
    }
}
