package org.reluinr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.tasks.TaskRun;

/**
 * For commands that run a fitting task several times with different settings (select-c,
 * compare): which task, its options, and the task bound to its input.
 */
final class TaskChoice {

    private TaskChoice() {
    }

    /** The value of --task, needed before parsing because it decides which options exist. */
    static String taskArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--task") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--task=")) {
                return args[i].substring("--task=".length());
            }
        }
        return FitCli.NAME;
    }

    private static CommandLine taskCommandLine(String task) {
        return switch (task) {
            case FitCli.NAME -> FitCli.commandLine();
            case SuperResCli.NAME -> SuperResCli.commandLine();
            case CtCli.NAME -> CtCli.commandLine();
            default -> throw new UsageException("--task must be fit, superres or ct, got '" + task + "'");
        };
    }

    /**
     * The command's own options followed by the task's, without the keys the command sets
     * itself; an own option replaces the task's option of the same key.
     */
    static CommandLine commandLine(String command, String task, List<String> setByCommand, List<Option> own,
            String description) {
        List<Option> options = new ArrayList<>(own);
        for (Option o : taskCommandLine(task).options()) {
            boolean replaced = own.stream().anyMatch(x -> x.key().equals(o.key()));
            if (!replaced && !setByCommand.contains(o.key())) {
                options.add(o);
            }
        }
        return new CommandLine(command, "INPUT --task fit|superres|ct [options]", description, options);
    }

    static TaskRun prepare(String task, CommandLine cl, Path input) {
        return switch (task) {
            case SuperResCli.NAME -> SuperResCli.prepare(cl, input);
            case CtCli.NAME -> CtCli.prepare(cl, input);
            default -> FitCli.prepare(cl, input);
        };
    }
}
