package dev.licit.cli.common;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code licit cases}, {@code licit webhooks}, ...): run
 * without one, it prints its usage to standard error and exits 2, as a command line missing a
 * word is bad input.
 */
public abstract class CommandGroup implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
