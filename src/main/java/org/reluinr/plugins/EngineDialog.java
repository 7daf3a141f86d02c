package org.reluinr.plugins;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ij.Macro;
import ij.gui.GenericDialog;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;

/**
 * The network and training fields of every task's dialogs, one per {@link Setting}. The main
 * dialog asks only for the number of iterations (the time a run may take) and whether to show
 * the advanced options; a second dialog holds the others in {@link Setting}'s order, led by c
 * and the regularisers with a line on what each does. Each label is the snake_case key,
 * because ImageJ 1.x records and reads macro keys from the labels; a macro's keys reach both
 * dialogs, so a macro never needs {@link #ADVANCED} to set an advanced value.
 */
final class EngineDialog {

    /** The main dialog's checkbox that opens the advanced options. */
    static final String ADVANCED = "advanced";

    /** The advanced dialog's settings, in order. */
    private static final List<Setting> ADVANCED_SETTINGS = Stream.of(Setting.values())
            .filter(s -> s != Setting.ITERATIONS).toList();

    /** The advanced settings shown with their help: they come first and shape the result most. */
    private static final Set<Setting> EXPLAINED = EnumSet.of(Setting.C, Setting.TV_WEIGHT, Setting.PATH_NORM_WEIGHT);

    /** The fields the run's estimate follows as they change. */
    private static final Set<Setting> ESTIMATED = EnumSet.of(Setting.ITERATIONS, Setting.WIDTH, Setting.HIDDEN_LAYERS,
            Setting.BATCH_SIZE, Setting.TV_WEIGHT);

    private static final int COLUMNS = 10;

    static final List<String> KEYS = Stream.concat(Stream.of(Setting.ITERATIONS.key(), ADVANCED),
            ADVANCED_SETTINGS.stream().map(Setting::key)).toList();

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
        Map<Setting, Supplier<String>> live = new EnumMap<>(Setting.class);
        addField(gd, Setting.ITERATIONS, d, live);
        gd.addCheckbox(ADVANCED, false);
        gd.addMessage("     (c, regulariser, network, learning rate, seed ... in a second dialog)");
        addEstimate(gd, d, live, estimate);
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
        FitSettings main = Setting.ITERATIONS.apply(d.toBuilder(), next(gd, Setting.ITERATIONS)).build();
        boolean advanced = gd.getNextBoolean();
        if (!advanced && Macro.getOptions() == null) {
            return main;
        }
        List<Setting> asked = ADVANCED_SETTINGS.stream().filter(s -> !setByCommand.contains(s.key())).toList();
        GenericDialog more = new CheckedDialog(title + " (advanced)");
        Map<Setting, Supplier<String>> live = new EnumMap<>(Setting.class);
        for (Setting setting : asked) {
            addField(more, setting, main, live);
            if (EXPLAINED.contains(setting)) {
                more.addMessage(DialogPlugin.wrap(setting.key() + ": " + setting.help()));
            }
        }
        addEstimate(more, main, live, estimate);
        DialogPlugin.addHelp(more);
        more.showDialog();
        if (more.wasCanceled()) {
            return null;
        }
        FitSettings.Builder b = main.toBuilder();
        for (Setting setting : asked) {
            setting.apply(b, next(more, setting));
        }
        return b.build();
    }

    /** Adds the setting's widget with its default; when the estimate follows it, puts its current text in {@code live}. */
    private static void addField(GenericDialog gd, Setting setting, FitSettings d, Map<Setting, Supplier<String>> live) {
        String key = setting.key();
        Supplier<String> current = switch (setting.kind()) {
            case INTEGER -> {
                gd.addNumericField(key, ((Number) setting.value(d)).doubleValue(), 0, COLUMNS, setting.hint());
                DoubleSupplier field = EstimateLine.lastNumber(gd);
                yield () -> String.valueOf(DialogPlugin.whole(field.getAsDouble(), key));
            }
            case NUMBER -> {
                gd.addNumericField(key, (Double) setting.value(d), setting.decimals(), COLUMNS, setting.hint());
                DoubleSupplier field = EstimateLine.lastNumber(gd);
                yield () -> String.valueOf(field.getAsDouble());
            }
            case TEXT -> {
                gd.addStringField(key, setting.text(d), 8);
                yield EstimateLine.lastText(gd);
            }
            case CHOICE -> {
                gd.addChoice(key, setting.choices().toArray(new String[0]), setting.text(d));
                yield null;
            }
            case BOOLEAN -> {
                gd.addCheckbox(key, (Boolean) setting.value(d));
                yield null;
            }
        };
        if (ESTIMATED.contains(setting)) {
            live.put(setting, current);
        }
    }

    /** The run's estimate with the fields' current values, when there is one. */
    private static void addEstimate(GenericDialog gd, FitSettings d, Map<Setting, Supplier<String>> live,
            Function<FitSettings, String> estimate) {
        if (estimate != null) {
            EstimateLine.add(gd, () -> {
                FitSettings.Builder b = d.toBuilder();
                live.forEach((setting, current) -> setting.apply(b, current.get()));
                return estimate.apply(b.build());
            });
        }
    }

    /** The next field's value as text; a value that is not a number throws naming the key. */
    private static String next(GenericDialog gd, Setting setting) {
        return switch (setting.kind()) {
            case INTEGER -> String.valueOf(DialogPlugin.integer(gd, setting.key()));
            case NUMBER -> String.valueOf(DialogPlugin.number(gd, setting.key()));
            case TEXT -> gd.getNextString();
            case CHOICE -> gd.getNextChoice();
            case BOOLEAN -> String.valueOf(gd.getNextBoolean());
        };
    }
}
