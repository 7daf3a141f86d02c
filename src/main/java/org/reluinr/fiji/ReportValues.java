package org.reluinr.fiji;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reluinr.core.tasks.TaskResult;

/**
 * A task result as one flat list of named values for the image info and the results table:
 * the settings under their macro keys, then the metrics. A metric named like a setting
 * (iterations: how many ran) gets the suffix "_run", so reading a key back always gives the setting.
 */
final class ReportValues {

    private ReportValues() {
    }

    static Map<String, Object> of(TaskResult result) {
        Map<String, Object> values = new LinkedHashMap<>(result.settings().asMap());
        values.putAll(metrics(result));
        return values;
    }

    /** The metrics alone, named so that none repeats a setting's key. */
    static Map<String, Object> metrics(TaskResult result) {
        Map<String, Object> settings = result.settings().asMap();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : result.metrics().entrySet()) {
            String key = e.getKey();
            if (key.equals("settings")) {
                continue;
            }
            if (key.equals("version")) {
                key = "relu_inr_version";
            }
            values.put(settings.containsKey(key) ? key + "_run" : key, e.getValue());
        }
        return values;
    }
}
