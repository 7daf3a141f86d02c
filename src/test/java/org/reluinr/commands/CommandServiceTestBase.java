package org.reluinr.commands;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** A SciJava context with a CommandService, shared by the tests of one command class. */
abstract class CommandServiceTestBase {

    static Context context;
    static CommandService commands;

    @BeforeAll
    static void startContext() {
        context = new Context(CommandService.class);
        commands = context.service(CommandService.class);
    }

    @AfterAll
    static void stopContext() {
        context.dispose();
    }
}
