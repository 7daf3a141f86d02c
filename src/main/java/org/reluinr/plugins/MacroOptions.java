package org.reluinr.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.Macro;
import ij.macro.Interpreter;

/**
 * ImageJ 1.x dialogs silently ignore keys they do not know, so a mistyped key in a macro
 * would run with a default. This rejects such a macro instead, naming the keys that exist,
 * and a value that is not a number for a numeric key, naming the key, the value and the default.
 */
final class MacroOptions {

    // key=value, key=[value with spaces] or a bare key (a ticked checkbox).
    private static final Pattern ITEM = Pattern.compile("([^\\s=\\[]+)(?:=(\\[[^\\]]*\\]|\\S*))?");

    private MacroOptions() {
    }

    static void requireKnownKeys(Set<String> known) {
        List<String> unknown = unknownKeys(Macro.getOptions(), known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown macro key" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the keys are " + String.join(", ", known));
        }
    }

    /**
     * Refuses a macro whose value for a numeric field is not a number. ImageJ would show a modal
     * "Numeric value expected" dialog for it when reading the field, which stops a batch run.
     */
    static void requireNumber(String key, double defaultValue) {
        Interpreter interpreter = Interpreter.getInstance();
        String problem = notANumber(Macro.getOptions(), key, defaultValue,
                name -> interpreter != null && !Double.isNaN(interpreter.getVariable2(name)));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * What is wrong with a numeric key's value in a macro options string, or null when nothing
     * is: a value must be a number or, as ImageJ allows, the name of a macro variable (also
     * written {@code &name}). No options, or the key absent, is fine.
     */
    static String notANumber(String options, String key, double defaultValue, Predicate<String> isMacroVariable) {
        String value = options == null ? null : Macro.getValue(options, key, null);
        if (value == null || isNumber(value) || isMacroVariable.test(value.startsWith("&") ? value.substring(1) : value)) {
            return null;
        }
        return key + " must be a number, got '" + value + "' (default " + defaultText(defaultValue) + ")";
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String defaultText(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The keys of a macro options string that are not in {@code known}; none when there are no options. */
    static List<String> unknownKeys(String options, Set<String> known) {
        return keys(options).stream().filter(key -> !known.contains(key)).toList();
    }

    /** The keys of a macro options string, in order; none when there are no options. */
    static List<String> keys(String options) {
        List<String> keys = new ArrayList<>();
        if (options != null) {
            Matcher m = ITEM.matcher(options);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
