package org.reluinr.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;

/** The network and training options every fitting task shares: one per {@link Setting}, with a task's defaults. */
final class EngineOptions {

    private EngineOptions() {
    }

    static List<Option> options(FitSettings defaults) {
        List<Option> options = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            options.add(new Option(setting.key(), setting.text(defaults), setting.help()));
        }
        return options;
    }

    static List<Option> with(FitSettings defaults, Option... more) {
        List<Option> all = options(defaults);
        all.addAll(List.of(more));
        return all;
    }

    static FitSettings settings(CommandLine cl) {
        return builder(cl, EnumSet.noneOf(Setting.class)).build();
    }

    /** The settings with c given by the caller (select-c sets c itself and has no --c). */
    static FitSettings settings(CommandLine cl, double c) {
        return builder(cl, EnumSet.of(Setting.C)).c(c).build();
    }

    private static FitSettings.Builder builder(CommandLine cl, Set<Setting> setByCommand) {
        FitSettings.Builder builder = FitSettings.builder();
        for (Setting setting : Setting.values()) {
            if (!setByCommand.contains(setting)) {
                try {
                    setting.apply(builder, cl.string(setting.key()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--" + e.getMessage());
                }
            }
        }
        return builder;
    }
}
