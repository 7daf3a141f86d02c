package org.reluinr.core.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON. Non-finite numbers become null. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, "");
        return sb.append('\n').toString();
    }

    private static void append(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Map<?, ?> map) {
            appendMap(sb, map, indent);
        } else if (value instanceof Collection<?> list) {
            appendList(sb, list, indent);
        } else if (value instanceof double[] array) {
            appendList(sb, java.util.Arrays.stream(array).boxed().toList(), indent);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isFinite(d) ? formatNumber(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            quote(sb, value.toString());
        }
    }

    private static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d);
    }

    private static void appendMap(StringBuilder sb, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(inner);
            quote(sb, String.valueOf(e.getKey()));
            sb.append(": ");
            append(sb, e.getValue(), inner);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void appendList(StringBuilder sb, Collection<?> list, String indent) {
        sb.append('[');
        int i = 0;
        for (Object o : list) {
            append(sb, o, indent);
            if (++i < list.size()) {
                sb.append(", ");
            }
        }
        sb.append(']');
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
