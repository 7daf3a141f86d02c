package org.reluinr.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void refusesANumericKeysValueThatIsNotANumber() {
        String options = "width=[12] learning_rate=abc c= tv_weight=auto";
        assertEquals("learning_rate must be a number, got 'abc' (default 0.003)",
                MacroOptions.notANumber(options, "learning_rate", 0.003, name -> false));
        assertEquals("c must be a number, got '' (default 5)", MacroOptions.notANumber(options, "c", 5, name -> false));
        assertNull(MacroOptions.notANumber(options, "width", 256, name -> false));
        assertNull(MacroOptions.notANumber("width=1e2 learning_rate=-3.5E-3", "learning_rate", 0.003, name -> false));
        assertNull(MacroOptions.notANumber(options, "seed", 0, name -> false), "a key not given keeps its default");
        assertNull(MacroOptions.notANumber(null, "width", 256, name -> false));
    }

    @Test
    void acceptsMacroVariablesAsImageJDoes() {
        assertNull(MacroOptions.notANumber("width=w", "width", 256, "w"::equals));
        assertNull(MacroOptions.notANumber("width=&w", "width", 256, "w"::equals));
        assertEquals("width must be a number, got 'v' (default 256)",
                MacroOptions.notANumber("width=v", "width", 256, "w"::equals));
    }

    @Test
    void namesEveryUnknownKeyEvenAfterBracketedValuesWithSpaces() {
        assertEquals(List.of("title", "widht", "plot"),
                MacroOptions.unknownKeys("title=[my image=2 c=3] widht=12 seed=1 plot", KEYS));
    }
}
