package org.reluinr.fiji;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;

import org.reluinr.core.tasks.TaskResult;

/**
 * One row per run (a plane, an activation, a value of c) in the "ReLU-INR Results" table, and a
 * line in the log. Columns: the image, what people read first (status, psnr, ssim, seconds, c),
 * the output and the run's number, the other metrics, the settings, and the long text last.
 */
public final class ResultsReport {

    public static final String TABLE_TITLE = "ReLU-INR Results";

    /** What people read first, right after the image (the table is wider than a screen). */
    private static final List<String> FIRST = List.of("status", "psnr", "ssim", "seconds", "c");
    /** Long text, after every short column. */
    private static final List<String> LAST = List.of("message", "relu_inr_version");

    private static ResultsTable table;

    private ResultsReport() {
    }

    /**
     * @param counter what the results are one per, e.g. "plane": the column numbering them
     */
    static synchronized void add(ImagePlus input, ImagePlus output, List<TaskResult> results, String counter) {
        ResultsTable rt = table();
        for (int k = 0; k < results.size(); k++) {
            TaskResult r = results.get(k);
            rt.incrementCounter();
            Map<String, Object> values = ReportValues.of(r);
            Map<String, Object> metrics = ReportValues.metrics(r);
            rt.addValue("image", input.getTitle());
            addAll(rt, values, FIRST);
            rt.addValue("output", output.getTitle());
            rt.addValue(counter, k + 1);
            addAll(rt, values, metrics.keySet().stream().filter(key -> !FIRST.contains(key) && !LAST.contains(key))
                    .toList());
            addAll(rt, values, r.settings().asMap().keySet().stream().filter(key -> !FIRST.contains(key)).toList());
            addAll(rt, values, LAST);
            IJ.log(String.format("ReLU-INR %s %s %s %d: %s%s", r.task(), input.getTitle(), counter, k + 1, r.fit().message(),
                    r.quality() == null ? "" : String.format(", PSNR %.2f dB, SSIM %.4f", r.quality().psnr(),
                            r.quality().ssim())));
        }
        if (!GraphicsEnvironment.isHeadless()) {
            rt.show(TABLE_TITLE);
        }
    }

    /** The table the next row goes to: the open window's, or a new one if it was closed. */
    public static synchronized ResultsTable table() {
        boolean windowClosed = !GraphicsEnvironment.isHeadless() && WindowManager.getWindow(TABLE_TITLE) == null;
        if (table == null || windowClosed && table.size() > 0) {
            table = new ResultsTable();
            // A value a row does not have (c of a siren fit) reads NaN, not 0.
            table.setNaNEmptyCells(true);
        }
        return table;
    }

    /** The values of {@code keys} that the row has, in that order. */
    private static void addAll(ResultsTable rt, Map<String, Object> values, List<String> keys) {
        for (String key : keys) {
            if (!values.containsKey(key)) {
                continue;
            }
            if (values.get(key) instanceof Number n) {
                rt.addValue(key, n.doubleValue());
            } else {
                rt.addValue(key, String.valueOf(values.get(key)));
            }
        }
    }
}
