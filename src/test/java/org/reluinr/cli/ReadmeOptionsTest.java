package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;

/** The README's option table has one row per setting, made from its definition (the failure shows the rows to paste). */
class ReadmeOptionsTest {

    private static final Map<String, FitSettings> TASK_DEFAULTS = Map.of(FitCli.NAME, RepresentationTask.defaults(),
            SuperResCli.NAME, SuperResolutionTask.defaults(), CtCli.NAME, CtTask.defaults());

    @Test
    void theOptionTableHasEverySettingsKeyDefaultAndHelp() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Setting s : Setting.values()) {
            expected.add(row(s));
        }
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| `") && Setting.of(line.substring(3, line.indexOf('`', 3))) != null)
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", rows));
    }

    /** The table row of a setting: key, default (and the tasks that start from another), help. */
    private static String row(Setting s) {
        String general = s.text(FitSettings.builder().build());
        Map<String, List<String>> tasksByDefault = new LinkedHashMap<>();
        for (String task : List.of(FitCli.NAME, SuperResCli.NAME, CtCli.NAME)) {
            String value = s.text(TASK_DEFAULTS.get(task));
            if (!value.equals(general)) {
                tasksByDefault.computeIfAbsent(value, v -> new ArrayList<>()).add("`" + task + "`");
            }
        }
        String others = tasksByDefault.entrySet().stream()
                .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).collect(Collectors.joining("; "));
        String defaults = others.isEmpty() ? general : general + " (" + others + ")";
        return "| `" + s.key() + "` | " + defaults + " | " + s.help().replace("|", "\\|") + " |";
    }
}
