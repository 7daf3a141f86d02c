package org.reluinr.plugins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.fiji.TaskRunner;
import org.reluinr.imagej.Messages;

/** Plugins &gt; ReLU-INR &gt; Fit INR...: fits an INR to each plane of the active image. */
public class FitInrPlugin implements PlugIn {

    static final String COMMAND = "Fit INR...";
    static final Set<String> KEYS = keys(EngineDialog.KEYS, "show_plot");

    @Override
    public void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        try {
            TaskRunner.requireImage(input);
            MacroOptions.requireKnownKeys(KEYS);
            GenericDialog gd = new GenericDialog("ReLU-INR Fit INR");
            EngineDialog.add(gd);
            gd.addCheckbox("show_plot", false);
            gd.showDialog();
            if (gd.wasCanceled()) {
                return;
            }
            FitSettings settings = EngineDialog.read(gd);
            boolean showPlot = gd.getNextBoolean();
            TaskRunner.run(input, RepresentationTask.NAME, 1, (plane, listener, cancel) -> FitInr.fit(plane, settings,
                    listener, cancel), showPlot, () -> false).show();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.error(COMMAND, e.getMessage());
        }
    }

    static Set<String> keys(List<String> engineKeys, String... taskKeys) {
        List<String> all = new ArrayList<>(engineKeys);
        all.addAll(List.of(taskKeys));
        return new LinkedHashSet<>(all);
    }
}
