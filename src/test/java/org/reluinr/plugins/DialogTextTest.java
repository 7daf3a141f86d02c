package org.reluinr.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.SettingHelp;

class DialogTextTest {

    @Test
    void helpTextsAreWrappedWithoutLosingAWord() {
        String text = "tv_weight: " + SettingHelp.TV_WEIGHT;
        String wrapped = DialogPlugin.wrap(text);
        assertEquals(text, wrapped.replace('\n', ' '));
        assertTrue(wrapped.lines().count() >= 2, wrapped);
        wrapped.lines().forEach(line -> assertTrue(line.length() <= DialogPlugin.LINE, line));
        assertEquals("short", DialogPlugin.wrap("short"));
    }
}
