package org.reluinr.core.io;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;

/** Typed, range-checked reads of a model header's JSON values; anything else is an {@link InvalidModelException}. */
final class HeaderValues {

    private HeaderValues() {
    }

    static String string(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new InvalidModelException(key + " must be a string");
    }

    static boolean bool(Map<String, Object> map, String key) {
        if (map.get(key) instanceof Boolean b) {
            return b;
        }
        throw new InvalidModelException(key + " must be true or false");
    }

    static double number(Map<String, Object> map, String key) {
        if (map.get(key) instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new InvalidModelException(key + " must be a finite number");
    }

    static float finiteFloat(Map<String, Object> map, String key) {
        double d = number(map, key);
        if (Math.abs(d) > Float.MAX_VALUE) {
            throw new InvalidModelException(key + " is out of the float range");
        }
        return (float) d;
    }

    static int integer(Map<String, Object> map, String key, int min, int max) {
        return integer(map.get(key), key, min, max);
    }

    static int integer(Object value, String key, int min, int max) {
        if (value instanceof Double d && d == Math.rint(d) && d >= min && d <= max) {
            return d.intValue();
        }
        throw new InvalidModelException(key + " must be a whole number from " + min + " to " + max);
    }

    /** A list of exactly {@code size} positive finite numbers. */
    static double[] positives(Map<String, Object> map, String key, int size) {
        List<Object> list = list(map, key, size, size);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            if (!(list.get(i) instanceof Double d) || !(d > 0) || Double.isInfinite(d)) {
                throw new InvalidModelException(key + " must hold " + size + " positive numbers");
            }
            values[i] = (Double) list.get(i);
        }
        return values;
    }

    static List<Object> list(Map<String, Object> map, String key, int minSize, int maxSize) {
        if (map.get(key) instanceof List<?> list && list.size() >= minSize && list.size() <= maxSize) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) list;
            return values;
        }
        throw new InvalidModelException(key + " must be a list of " + minSize + " to " + maxSize + " values");
    }

    static Map<String, Object> object(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw new InvalidModelException(key + " must be a JSON object");
    }

    /** Settings that model files written before them lack. */
    private static final Set<Setting> ADDED_LATER = EnumSet.of(Setting.TV_WEIGHT, Setting.PRECISION);

    /**
     * The settings as {@link FitSettings#asMap()} wrote them, within the reader's size limits
     * ({@code maxima}); the activation's parameters are read where the activation uses them
     * (older files hold all four), and a file older than a setting added later keeps its default.
     */
    static FitSettings settings(Map<String, Object> s, Map<Setting, Integer> maxima) {
        try {
            FitSettings.Builder b = FitSettings.builder();
            String activation = string(s, Setting.ACTIVATION.key());
            for (Setting setting : Setting.values()) {
                if (setting.usedBy(activation) && (!ADDED_LATER.contains(setting) || s.containsKey(setting.key()))) {
                    setting.apply(b, text(s, setting, maxima.getOrDefault(setting, Integer.MAX_VALUE)));
                }
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException("settings: " + e.getMessage());
        }
    }

    /** A setting's value as users type it, once its JSON type (and an integer's size) is right. */
    private static String text(Map<String, Object> s, Setting setting, int max) {
        String key = setting.key();
        return switch (setting.kind()) {
            case INTEGER -> setting.range().any() ? String.valueOf((long) number(s, key))
                    : String.valueOf(integer(s, key, setting.range().zero() == null ? 1 : 0, max));
            case NUMBER -> String.valueOf(number(s, key));
            case BOOLEAN -> String.valueOf(bool(s, key));
            case CHOICE -> string(s, key);
            case TEXT -> s.get(key) instanceof String t ? t : String.valueOf(number(s, key));
        };
    }
}
