package dev.licit.cli.common;

import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one clock of a run, as the command line's factory carries it: {@code Licit} makes the clock
 * once, at the edge, and every command and option that needs "today" or "now" gets it from there
 * rather than from the system, so that a test that fixes the clock fixes it everywhere.
 */
public interface RunClock {
    Clock clock();

    /**
     * The clock of the command line {@code spec} belongs to. A command built without {@code Licit}'s
     * factory has none: that is refused rather than answered with the system clock, which would be a
     * second clock that a test fixing the run's clock does not fix.
     */
    static Clock of(CommandSpec spec) {
        if (spec.commandLine().getFactory() instanceof RunClock run) {
            return run.clock();
        }
        throw new IllegalStateException(
                spec.qualifiedName() + " was built without Licit's command line, which hands in the run's clock");
    }
}
