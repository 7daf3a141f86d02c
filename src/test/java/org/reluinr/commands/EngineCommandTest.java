package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.plugin.Parameter;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;

/** The commands' annotated engine fields, which cannot be generated, match the settings' definitions. */
class EngineCommandTest {

    /** EngineCommand's fields that are not engine settings. */
    private static final Set<String> RUN_OPTIONS = Set.of("model_file", "show_plot", "preview");

    private static Map<String, Field> engineFields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : EngineCommand.class.getDeclaredFields()) {
            Parameter p = f.getAnnotation(Parameter.class);
            if (p != null && !RUN_OPTIONS.contains(p.label())) {
                fields.put(p.label(), f);
            }
        }
        return fields;
    }

    @Test
    void everySettingHasAFieldUnderItsKeyWithItsHelpAndRange() {
        Map<String, Field> fields = engineFields();
        assertEquals(Stream.of(Setting.values()).map(Setting::key).toList(), List.copyOf(fields.keySet()),
                "one field per setting, in the settings' order, and no other engine field");
        for (Setting s : Setting.values()) {
            Field f = fields.get(s.key());
            Parameter p = f.getAnnotation(Parameter.class);
            assertEquals(s.key(), f.getName(), "the field is named after its key");
            assertEquals(s.help(), p.description(), s.key());
            assertFalse(p.persist(), s.key() + " changes results: not persisted");
            assertTrue(javaTypes(s.kind()).contains(f.getType()), s.key() + " is a " + f.getType());
            assertArrayEquals(s.choices().toArray(), p.choices(), s.key());
            if (s.kind() == Setting.Kind.INTEGER || s.kind() == Setting.Kind.NUMBER) {
                assertMinimum(s, p.min());
            }
        }
    }

    @Test
    void theFieldsStartFromTheDefaultsTheCommandUses() throws Exception {
        FitInrCommand command = new FitInrCommand();
        assertFieldsHold(command, RepresentationTask.defaults());
        FitSettings superres = SuperResolutionTask.defaults();
        command.useDefaults(superres);
        assertFieldsHold(command, superres);
        assertEquals(superres, command.settings(), "the run gets what the fields hold");
        FitSettings other = FitSettings.builder().iterations(7).c(2).tvWeight(0.5).pathNormWeight(1e-4).width(8)
                .hiddenLayers(1).learningRate(0.01).seed(3).stopLoss(1e-6).weightDecay(1e-5).activation("wire")
                .omega0(12).sigma0(4).linearLayers(true).build();
        command.useDefaults(other);
        assertEquals(other, command.settings());
    }

    private static void assertFieldsHold(EngineCommand command, FitSettings settings) throws Exception {
        for (Map.Entry<String, Field> e : engineFields().entrySet()) {
            Setting s = Setting.of(e.getKey());
            assertEquals(s.text(settings), String.valueOf(e.getValue().get(command)), s.key());
        }
    }

    private static Set<Class<?>> javaTypes(Setting.Kind kind) {
        return switch (kind) {
            case INTEGER -> Set.of(int.class, long.class);
            case NUMBER -> Set.of(double.class);
            case BOOLEAN -> Set.of(boolean.class);
            case CHOICE, TEXT -> Set.of(String.class);
        };
    }

    /** The widget's minimum is the range's lowest value, where the range has one. */
    private static void assertMinimum(Setting s, String min) {
        Setting.Range range = s.range();
        if (range.any()) {
            assertEquals("", min, s.key());
        } else if (range.zero() != null) {
            assertEquals("0", min, s.key());
        } else if (s.kind() == Setting.Kind.INTEGER) {
            assertEquals("1", min, s.key());
        } else {
            assertNotNull(min, s.key());
            assertTrue(Double.parseDouble(min) > 0, s.key() + ": a positive number has a positive minimum");
        }
    }
}
