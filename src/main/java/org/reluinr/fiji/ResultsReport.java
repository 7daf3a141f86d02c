package org.reluinr.fiji;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;

import org.reluinr.core.tasks.TaskResult;

/** One row per run (a plane, an activation, a value of c) in the "ReLU-INR Results" table, and a line in the log. */
public final class ResultsReport {

    public static final String TABLE_TITLE = "ReLU-INR Results";

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
            rt.addValue("image", input.getTitle());
            rt.addValue("output", output.getTitle());
            rt.addValue(counter, k + 1);
            addAll(rt, ReportValues.of(r));
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
        }
        return table;
    }

    private static void addAll(ResultsTable rt, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Number n) {
                rt.addValue(e.getKey(), n.doubleValue());
            } else {
                rt.addValue(e.getKey(), String.valueOf(e.getValue()));
            }
        }
    }
}
