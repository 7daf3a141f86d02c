package org.reluinr.cli;

/**
 * One {@code --key value} option: its snake_case key, default (null: none) and help text. A
 * flag takes no value: {@code --key} alone means true ({@code --key=false} still works).
 */
record Option(String key, String defaultValue, String help, boolean flag) {

    Option(String key, String defaultValue, String help) {
        this(key, defaultValue, help, false);
    }

    static Option flag(String key, String help) {
        return new Option(key, "false", help, true);
    }
}
