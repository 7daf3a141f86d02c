package org.reluinr.core.io;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/** Parses a user's list of numbers such as "1, 2, 3.5" (commas and/or spaces between values). */
public final class NumberList {

    private NumberList() {
    }

    /**
     * @param key the option's name, for messages
     * @param valid which values are allowed, described by {@code requirement} (e.g. "positive numbers")
     */
    public static double[] parse(String key, String text, DoublePredicate valid, String requirement) {
        double[] values;
        try {
            values = Arrays.stream(text.trim().split("[,\\s]+")).filter(s -> !s.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a comma-separated list of " + requirement + ", got '"
                    + text + "'");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(key + " is empty; give a comma-separated list of " + requirement);
        }
        for (double v : values) {
            if (!valid.test(v)) {
                throw new IllegalArgumentException(key + " must be " + requirement + ", got " + v);
            }
        }
        return values;
    }
}
