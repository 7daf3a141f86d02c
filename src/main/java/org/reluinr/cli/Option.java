package org.reluinr.cli;

/** One {@code --key value} option: its snake_case key, default (null: none) and help text. */
record Option(String key, String defaultValue, String help) {
}
