package org.reluinr.plugins;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import ij.Macro;
import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.nn.Activations;

/**
 * The network and training fields of every task's dialogs. The main dialog asks only for
 * the number of iterations (the time a run may take) and whether to show the advanced
 * options; a second dialog holds those, led by c and the regulariser with a line on what
 * each does. Each label is the snake_case key, because ImageJ 1.x records and reads macro
 * keys from the labels; a macro's keys reach both dialogs, so a macro never needs
 * {@link #ADVANCED} to set an advanced value.
 */
final class EngineDialog {

    /** The main dialog's checkbox that opens the advanced options. */
    static final String ADVANCED = "advanced";

    static final List<String> KEYS = List.of("iterations", ADVANCED, "c", "tv_weight", "path_norm_weight", "width",
            "hidden_layers", "learning_rate", "seed", "stop_loss", "weight_decay", "batch_size", "activation", "omega0",
            "sigma0", "linear_layers", "learn_c");

    private EngineDialog() {
    }

    /** The engine's keys followed by a task's own. */
    static Set<String> keysWith(String... taskKeys) {
        Set<String> all = new LinkedHashSet<>(KEYS);
        all.addAll(List.of(taskKeys));
        return all;
    }

    /**
     * The main dialog's part: iterations with a task's default, the advanced checkbox, and the
     * run's estimate as iterations change.
     *
     * @param estimate what a run with given settings takes, or null for none
     */
    static void addMain(GenericDialog gd, FitSettings d, Function<FitSettings, String> estimate) {
        gd.addNumericField("iterations", d.iterations(), 0, 8, "(more: better fit, longer run)");
        DoubleSupplier iterations = EstimateLine.lastNumber(gd);
        gd.addCheckbox(ADVANCED, false);
        gd.addMessage("     (c, regulariser, network, learning rate, seed ... in a second dialog)");
        if (estimate != null) {
            EstimateLine.add(gd, () -> estimate.apply(d.toBuilder()
                    .iterations(EstimateLine.whole(iterations, "iterations")).build()));
        }
    }

    /**
     * Reads what {@link #addMain} added and, when asked for (or in a macro), the advanced
     * dialog with the task's defaults, except {@code setByCommand} (c, learning_rate or
     * activation), which a command that sets them itself leaves out.
     *
     * @return the settings, or null when the user cancelled the advanced dialog
     */
    static FitSettings read(GenericDialog gd, FitSettings d, Set<String> setByCommand, String title,
            Function<FitSettings, String> estimate) {
        FitSettings main = d.toBuilder().iterations(DialogPlugin.integer(gd, "iterations")).build();
        boolean advanced = gd.getNextBoolean();
        if (!advanced && Macro.getOptions() == null) {
            return main;
        }
        GenericDialog more = new CheckedDialog(title + " (advanced)");
        addAdvanced(more, main, setByCommand, estimate);
        DialogPlugin.addHelp(more);
        more.showDialog();
        if (more.wasCanceled()) {
            return null;
        }
        return readAdvanced(more, main, setByCommand);
    }

    /** The advanced fields; the estimate follows width, hidden_layers, batch_size and tv_weight. */
    private static void addAdvanced(GenericDialog gd, FitSettings d, Set<String> setByCommand,
            Function<FitSettings, String> estimate) {
        if (!setByCommand.contains("c")) {
            gd.addNumericField("c", d.c(), 2);
            gd.addMessage(DialogPlugin.wrap("c: " + FitSettings.C_HELP));
        }
        gd.addStringField("tv_weight", d.tvWeightText(), 8);
        Supplier<String> tvWeight = EstimateLine.lastText(gd);
        gd.addMessage(DialogPlugin.wrap("tv_weight: " + FitSettings.TV_WEIGHT_HELP));
        gd.addNumericField("path_norm_weight", d.pathNormWeight(), 8, 10, "(0: off)");
        gd.addMessage(DialogPlugin.wrap("path_norm_weight: " + FitSettings.PATH_NORM_WEIGHT_HELP));
        gd.addNumericField("width", d.width(), 0, 8, "neurons per layer");
        DoubleSupplier width = EstimateLine.lastNumber(gd);
        gd.addNumericField("hidden_layers", d.hiddenLayers(), 0);
        DoubleSupplier hiddenLayers = EstimateLine.lastNumber(gd);
        if (!setByCommand.contains("learning_rate")) {
            gd.addNumericField("learning_rate", d.learningRate(), 5, 10, null);
        }
        gd.addNumericField("seed", d.seed(), 0);
        gd.addNumericField("stop_loss", d.stopLoss(), 8, 10, "(0: off)");
        gd.addNumericField("weight_decay", d.weightDecay(), 8, 10, "(0: off)");
        gd.addNumericField("batch_size", d.batchSize(), 0, 10, "(0: full batch)");
        DoubleSupplier batchSize = EstimateLine.lastNumber(gd);
        if (!setByCommand.contains("activation")) {
            gd.addChoice("activation", Activations.NAMES.toArray(new String[0]), d.activation());
        }
        gd.addNumericField("omega0", d.omega0(), 2, 10, "(siren, wire; 0: default)");
        gd.addNumericField("sigma0", d.sigma0(), 2, 10, "(gauss, wire)");
        gd.addCheckbox("linear_layers", d.linearLayers());
        gd.addCheckbox("learn_c", d.learnC());
        if (estimate != null) {
            EstimateLine.add(gd, () -> estimate.apply(d.toBuilder().width(EstimateLine.whole(width, "width"))
                    .hiddenLayers(EstimateLine.whole(hiddenLayers, "hidden_layers"))
                    .batchSize(EstimateLine.whole(batchSize, "batch_size"))
                    .tvWeight(FitSettings.parseTvWeight(tvWeight.get())).build()));
        }
    }

    /** Reads the advanced fields back in order; a value that is not a number, or out of range, throws naming the key. */
    private static FitSettings readAdvanced(GenericDialog gd, FitSettings d, Set<String> setByCommand) {
        return d.toBuilder()
                .c(setByCommand.contains("c") ? d.c() : DialogPlugin.number(gd, "c"))
                .tvWeight(FitSettings.parseTvWeight(gd.getNextString()))
                .pathNormWeight(DialogPlugin.number(gd, "path_norm_weight"))
                .width(DialogPlugin.integer(gd, "width"))
                .hiddenLayers(DialogPlugin.integer(gd, "hidden_layers"))
                .learningRate(setByCommand.contains("learning_rate") ? d.learningRate()
                        : DialogPlugin.number(gd, "learning_rate"))
                .seed(DialogPlugin.integer(gd, "seed"))
                .stopLoss(DialogPlugin.number(gd, "stop_loss"))
                .weightDecay(DialogPlugin.number(gd, "weight_decay"))
                .batchSize(DialogPlugin.integer(gd, "batch_size"))
                .activation(setByCommand.contains("activation") ? d.activation() : gd.getNextChoice())
                .omega0(DialogPlugin.number(gd, "omega0"))
                .sigma0(DialogPlugin.number(gd, "sigma0"))
                .linearLayers(gd.getNextBoolean())
                .learnC(gd.getNextBoolean())
                .build();
    }
}
