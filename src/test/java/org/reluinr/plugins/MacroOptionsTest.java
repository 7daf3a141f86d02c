package org.reluinr.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MacroOptionsTest {

    private static final Set<String> KEYS = FitInrPlugin.KEYS;

    @Test
    void acceptsRecordedOptionsWithBracketsAndCheckboxes() {
        assertEquals(List.of(), MacroOptions.unknownKeys(
                "width=128 hidden_layers=3 c=9 learning_rate=0.003 iterations=[300] seed=0 show_plot", KEYS));
        assertEquals(List.of(), MacroOptions.unknownKeys(null, KEYS));
        assertEquals(List.of(), MacroOptions.unknownKeys(" ", KEYS));
    }

    @Test
    void namesEveryUnknownKeyEvenAfterBracketedValuesWithSpaces() {
        assertEquals(List.of("title", "widht", "plot"),
                MacroOptions.unknownKeys("title=[my image=2 c=3] widht=12 seed=1 plot", KEYS));
    }
}
