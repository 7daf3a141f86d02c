package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.nn.Activations;
import org.reluinr.core.tasks.ActivationComparison;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.ImageFiles;

/**
 * {@code ./inr compare INPUT --task fit|superres|ct}: runs every activation with its default
 * learning rate on the same data; writes a table (compare.csv, metrics.json) and a montage of
 * the results side by side in the order of the table.
 */
final class CompareCli {

    static final String NAME = "compare";

    private CompareCli() {
    }

    static int run(String[] args, PrintStream out) throws IOException {
        String task = TaskChoice.taskArgument(args);
        CommandLine cl = TaskChoice.commandLine(NAME, task, List.of(TaskOutput.MODEL_FILE.key()),
                List.of(new Option("task", "fit", "fit, superres or ct; the task's own options apply too")),
                "Runs every activation (" + String.join(", ", Activations.NAMES) + ") with its default learning rate\n"
                        + "on INPUT and writes OUT/compare.csv, OUT/metrics.json and OUT/<name>-compare.tif (the results\n"
                        + "side by side, in the table's order).");
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        if (cl.has("activation") || cl.has("learning_rate")) {
            throw new UsageException("compare sets activation and learning_rate itself; leave them out");
        }
        Path input = Path.of(cl.positionals("INPUT").get(0));
        TaskRun run = TaskChoice.prepare(task, cl, input);
        FitSettings base = EngineOptions.settings(cl);
        ResultWriter writer = new ResultWriter(cl.path("out"));

        List<ActivationComparison.Entry> entries = ActivationComparison.run(run, base, activation -> {
            out.println("== " + activation + " (learning_rate " + Activations.defaultLearningRate(activation) + ")");
            return new ConsoleProgress(out);
        }, new Cancellation());
        List<Map<String, Object>> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder("activation,learning_rate,psnr,ssim,final_loss,path_norm,seconds\n");
        for (ActivationComparison.Entry e : entries) {
            TaskResult r = e.result();
            double psnr = r.quality() == null ? Double.NaN : r.quality().psnr();
            double ssim = r.quality() == null ? Double.NaN : r.quality().ssim();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("activation", e.activation());
            row.put("learning_rate", r.settings().learningRate());
            row.put("psnr", psnr);
            row.put("ssim", ssim);
            row.put("final_loss", r.fit().bestLoss());
            row.put("path_norm", r.fit().pathNorm());
            row.put("seconds", r.fit().seconds());
            table.add(row);
            csv.append(String.format(Locale.ROOT, "%s,%s,%.4f,%.5f,%.6g,%.6g,%.2f%n", e.activation(),
                    r.settings().learningRate(), psnr, ssim, r.fit().bestLoss(), r.fit().pathNorm(), r.fit().seconds()));
        }
        out.println("activation   PSNR    SSIM    seconds");
        for (Map<String, Object> row : table) {
            out.printf(Locale.ROOT, "%-10s %6.2f  %6.4f  %7.1f%n", row.get("activation"), row.get("psnr"), row.get("ssim"),
                    row.get("seconds"));
        }
        Path montage = writer.image(ActivationComparison.montage(entries), ImageFiles.baseName(input) + "-" + NAME);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("task", task);
        metrics.put("results", table);
        metrics.put("settings", base.asMap());
        writer.metrics(metrics);
        Files.writeString(cl.path("out").resolve("compare.csv"), csv, StandardCharsets.UTF_8);
        out.println("wrote " + montage + ", compare.csv and metrics.json");
        return 0;
    }
}
