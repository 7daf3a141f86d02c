package org.reluinr.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.Macro;

/**
 * ImageJ 1.x dialogs silently ignore keys they do not know, so a mistyped key in a macro
 * would run with a default. This rejects such a macro instead, naming the keys that exist.
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

    /** The keys of a macro options string that are not in {@code known}; none when there are no options. */
    static List<String> unknownKeys(String options, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        if (options == null) {
            return unknown;
        }
        Matcher m = ITEM.matcher(options);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
