package org.reluinr.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.reluinr.core.fit.Setting;

/** The dialogs ask for every setting, under its key, in the settings' order. */
class EngineDialogTest {

    @Test
    void theKeysAreIterationsAdvancedAndEveryOtherSetting() {
        List<String> expected = new ArrayList<>(List.of("iterations", EngineDialog.ADVANCED));
        for (Setting s : Setting.values()) {
            if (s != Setting.ITERATIONS) {
                expected.add(s.key());
            }
        }
        assertEquals(expected, EngineDialog.KEYS);
        assertEquals(List.of("iterations", "advanced", "c", "tv_weight", "path_norm_weight"),
                EngineDialog.KEYS.subList(0, 5), "iterations in the main dialog; c and the regularisers lead the advanced one");
    }
}
