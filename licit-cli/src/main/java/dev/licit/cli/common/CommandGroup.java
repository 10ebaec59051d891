package dev.licit.cli.common;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code licit cases}, {@code licit rules}, ...). Run
 * without one, it prints its usage: most groups to standard error with exit 2, as a command line
 * missing a word is bad input; a group whose usage is itself the answer ({@code licit rules},
 * {@code licit catalog}: what can be asked of them) to standard output with exit 0.
 */
public abstract class CommandGroup implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final boolean usageIsTheAnswer;

    /** A group that needs a subcommand: alone, usage on standard error and exit 2. */
    protected CommandGroup() {
        this(false);
    }

    /** @param usageIsTheAnswer alone, usage on standard output and exit 0 */
    protected CommandGroup(boolean usageIsTheAnswer) {
        this.usageIsTheAnswer = usageIsTheAnswer;
    }

    @Override
    public final Integer call() {
        if (usageIsTheAnswer) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
