package org.reluinr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses {@code ARG... --key value --key=value} for one subcommand against its declared
 * options, and prints its help. Unknown keys and malformed values are usage errors that
 * name the key.
 */
final class CommandLine {

    private final String name;
    private final String synopsis;
    private final String description;
    private final List<Option> options;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    CommandLine(String name, String synopsis, String description, List<Option> options) {
        this.name = name;
        this.synopsis = synopsis;
        this.description = description;
        this.options = options;
    }

    List<Option> options() {
        return options;
    }

    String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: ./inr ").append(name).append(' ').append(synopsis).append("\n\n").append(description)
                .append("\n\noptions:\n");
        for (Option o : options) {
            String head = "  --" + o.key() + (o.flag() || o.defaultValue() == null ? "" : " (default " + o.defaultValue() + ")");
            sb.append(head).append("\n      ").append(o.help()).append('\n');
        }
        return sb.toString();
    }

    /** Parses args; when help was asked for, prints it and returns false. */
    boolean parseOrHelp(String[] args, java.io.PrintStream out) {
        if (parse(args)) {
            return true;
        }
        out.print(help());
        return false;
    }

    /** Parses args; returns false when help was asked for. */
    boolean parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return false;
            }
            if (!a.startsWith("--")) {
                positionals.add(a);
                continue;
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (declared(key).flag()) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("option --" + key + " needs a value");
            }
            declared(key);
            values.put(key, value);
        }
        return true;
    }

    private Option declared(String key) {
        for (Option o : options) {
            if (o.key().equals(key)) {
                return o;
            }
        }
        throw new UsageException("unknown option --" + key + " for '" + name + "'; see ./inr " + name + " --help");
    }

    /** The positional arguments, which must be exactly as many as {@code names}. */
    List<String> positionals(String... names) {
        if (positionals.size() < names.length) {
            throw new UsageException("missing " + names[positionals.size()] + "; usage: ./inr " + name + " " + synopsis);
        }
        if (positionals.size() > names.length) {
            throw new UsageException("unexpected argument '" + positionals.get(names.length) + "'; usage: ./inr " + name
                    + " " + synopsis);
        }
        return List.copyOf(positionals);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String string(String key) {
        String v = values.get(key);
        return v != null ? v : declared(key).defaultValue();
    }

    Path path(String key) {
        String v = string(key);
        return v == null ? null : Path.of(v);
    }

    int integer(String key) {
        return parsed(key, Integer::parseInt, "an integer");
    }

    long longValue(String key) {
        return parsed(key, Long::parseLong, "an integer");
    }

    double number(String key) {
        return parsed(key, Double::parseDouble, "a number");
    }

    boolean bool(String key) {
        String v = string(key).trim();
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new UsageException("--" + key + " expects true or false, got '" + v + "'");
    }

    private <T> T parsed(String key, Function<String, T> parser, String kind) {
        String v = string(key);
        try {
            return parser.apply(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " expects " + kind + ", got '" + v + "'");
        }
    }
}
