package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;

/** Select c's rows in the results table, in-process. */
class SweepsTest {

    @Test
    void onlyTheChosenRowSaysItWasChosen() {
        float[] pixels = new float[12 * 10];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) Math.sin(0.4 * (i % 12)) * (i / 12);
        }
        ImagePlus input = new ImagePlus("sweep-input", new FloatProcessor(12, 10, pixels));
        FitSettings settings = FitSettings.builder().width(16).hiddenLayers(2).iterations(5).stopLoss(1e-12).build();
        Sweeps.Task fit = new Sweeps.Task("fit", 1, s -> (k, plane, listener, cancel) -> FitInr.fit(plane, s, listener,
                cancel));
        ImagePlus output = Sweeps.selectC(input, fit, settings, new double[] {1, 3, 5}, null, () -> false);

        ResultsTable rt = ResultsReport.table();
        int first = rt.size() - 3;
        String chosenC = output.getStringProperty("chosen_c");
        int chosenRows = 0;
        for (int row = first; row < rt.size(); row++) {
            boolean chosen = rt.getValue("c", row) == Double.parseDouble(chosenC);
            assertEquals(String.valueOf(chosen), rt.getStringValue("chosen", row), "row " + row);
            chosenRows += chosen ? 1 : 0;
            int r = row;
            assertTrue(!rt.columnExists("chosen_c") || Double.isNaN(rt.getValue("chosen_c", row)) || chosen,
                    () -> "an unchosen row claims chosen_c = " + rt.getStringValue("chosen_c", r));
        }
        assertEquals(1, chosenRows);
    }
}
