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
import org.reluinr.core.tasks.ScaleSelection;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.tasks.TaskRun;
import org.reluinr.imagej.ImageFiles;

/**
 * {@code ./inr select-c INPUT --task fit|superres|ct}: fits every candidate c to the same
 * stop_loss and keeps the lowest path norm (see {@link ScaleSelection}); writes the chosen
 * reconstruction, metrics.json with the whole table, and select-c.csv.
 */
final class SelectCCli {

    static final String NAME = "select-c";

    private SelectCCli() {
    }

    static CommandLine commandLine(String task) {
        return TaskChoice.commandLine(NAME, task, List.of("c"), List.of(
                new Option("task", "fit", "fit, superres or ct; the task's own options apply too"),
                new Option("c_values", ScaleSelection.DEFAULT_C_VALUES, "comma-separated candidate values of c"),
                new Option("stop_loss", String.valueOf(ScaleSelection.DEFAULT_STOP_LOSS),
                        "the data loss every candidate must reach (training scale, [0, 1] images)")),
                "Chooses the BW-ReLU scale c: fits INPUT with every value in c_values until the data loss reaches\n"
                        + "stop_loss (or iterations run out) and keeps, among the fits that reached it, the network with\n"
                        + "the lowest path norm. Writes OUT/<name>-<task>.tif (the chosen fit), OUT/metrics.json\n"
                        + "and OUT/select-c.csv (one row per c).");
    }

    static int run(String[] args, PrintStream out) throws IOException {
        String task = TaskChoice.taskArgument(args);
        CommandLine cl = commandLine(task);
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        Path input = Path.of(cl.positionals("INPUT").get(0));
        double[] cValues = ScaleSelection.parseCValues(cl.string("c_values"));
        FitSettings base = EngineOptions.settings(cl, 1);
        TaskRun run = TaskChoice.prepare(task, cl, input);
        ResultWriter writer = new ResultWriter(cl.path("out"));
        Path modelFile = TaskOutput.modelFile(cl);
        ScaleSelection.Outcome outcome = ScaleSelection.run(run, cValues, base, new ConsoleProgress(out),
                new Cancellation());

        List<Map<String, Object>> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder(
                "c,chosen,reached_stop_loss,final_loss,iterations,path_norm,psnr,ssim,seconds\n");
        out.println("   c  chosen  reached  final_loss  iterations  path_norm    PSNR    SSIM");
        for (ScaleSelection.Candidate k : outcome.candidates()) {
            TaskResult r = k.result();
            boolean chosen = k == outcome.chosen();
            double psnr = r.quality() == null ? Double.NaN : r.quality().psnr();
            double ssim = r.quality() == null ? Double.NaN : r.quality().ssim();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("c", k.c());
            row.put("chosen", chosen);
            row.put("reached_stop_loss", k.reachedFit());
            row.put("final_loss", r.fit().bestLoss());
            row.put("iterations", r.fit().iterations());
            row.put("path_norm", r.fit().pathNorm());
            row.put("psnr", psnr);
            row.put("ssim", ssim);
            table.add(row);
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.6g,%d,%.6g,%.4f,%.5f,%.2f%n", k.c(), chosen,
                    k.reachedFit(), r.fit().bestLoss(), r.fit().iterations(), r.fit().pathNorm(), psnr, ssim,
                    r.fit().seconds()));
            out.printf(Locale.ROOT, "%5s  %-6s  %-7s  %10.3e  %10d  %9.2f  %6.2f  %6.4f%n", k.c(), chosen ? "yes" : "no",
                    k.reachedFit() ? "yes" : "no", r.fit().bestLoss(), r.fit().iterations(), r.fit().pathNorm(), psnr,
                    ssim);
        }
        TaskResult chosen = outcome.chosen().result();
        chosen.extras().put("chosen_c", outcome.chosen().c());
        chosen.extras().put("selection", outcome.reason());
        chosen.extras().put("candidates", table);
        out.println("chosen c = " + outcome.chosen().c() + ": " + outcome.reason());
        int status = TaskOutput.write(chosen, writer, ImageFiles.baseName(input), modelFile, out);
        Files.writeString(cl.path("out").resolve("select-c.csv"), csv, StandardCharsets.UTF_8);
        return status;
    }
}
