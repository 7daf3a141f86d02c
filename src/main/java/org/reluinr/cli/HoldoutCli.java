package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SliceHoldout;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/**
 * {@code ./inr holdout STACK}: fits the even z-slices and predicts the odd ones with a 3D INR,
 * per-slice 2D INRs with linear interpolation, and linear interpolation alone (see
 * {@link SliceHoldout}); prints and writes the table and each method's predicted slices.
 */
final class HoldoutCli {

    static final String NAME = "holdout";

    private HoldoutCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "STACK [options]",
                "Holds out every second z-slice of STACK (a z-stack or time series) and predicts it from the others:\n"
                        + "a 3D INR of the even slices (z scaled by the voxel depth), a 2D INR per even slice with\n"
                        + "linear interpolation along z, and linear interpolation alone. Writes OUT/holdout.csv,\n"
                        + "OUT/metrics.json and OUT/<name>-holdout-<method>.tif (the predicted slices). A small c\n"
                        + "(1 to 2) generalises between slices; at 9 the INR fits the slices but not the gaps. With the\n"
                        + "fit's default tv_weight auto the 3D INR chooses c by the even slices' own held-out slices.",
                EngineOptions.with(RepresentationTask.defaults(),
                        new Option("per_slice", "true", "also run the per-slice 2D fits (one fit per even slice)"),
                        TaskOutput.OUT));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("STACK").get(0));
        boolean perSlice = switch (cl.string("per_slice")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("--per_slice must be true or false");
        };
        FitSettings settings = EngineOptions.settings(cl);
        ImagePlusConverter.Volume volume = InputImages.readVolume(input);
        ResultWriter writer = new ResultWriter(cl.path("out"));
        List<SliceHoldout.Prediction> predictions = SliceHoldout.run(volume.image(), volume.voxelSize(), settings,
                perSlice, what -> {
                    out.println("== " + what);
                    return new ConsoleProgress(out);
                }, new Cancellation());

        List<Map<String, Object>> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder("method,psnr,ssim\n");
        out.println("method                        PSNR     SSIM   (held-out slices)");
        for (SliceHoldout.Prediction p : predictions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("method", p.method());
            row.put("psnr", p.quality().psnr());
            row.put("ssim", p.quality().ssim());
            row.put("message", p.message());
            table.add(row);
            csv.append(String.format(Locale.ROOT, "%s,%.4f,%.5f%n", p.method(), p.quality().psnr(), p.quality().ssim()));
            out.printf(Locale.ROOT, "%-28s %6.2f  %7.4f%n", p.method(), p.quality().psnr(), p.quality().ssim());
            if (!p.message().isEmpty()) {
                out.println("    " + p.message());
            }
            writer.image(p.slices(), ImageFiles.baseName(input) + "-" + NAME + "-" + p.method());
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("input", input.toString());
        metrics.put("depth", volume.image().depth());
        metrics.put("voxel_size", volume.voxelSize().toString());
        metrics.put("results", table);
        metrics.put("settings", settings.asMap());
        writer.metrics(metrics);
        Files.writeString(cl.path("out").resolve("holdout.csv"), csv);
        out.println("wrote holdout.csv, metrics.json and the predicted slices to " + cl.path("out"));
        return 0;
    }
}
