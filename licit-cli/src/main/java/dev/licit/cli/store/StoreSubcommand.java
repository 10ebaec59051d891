package dev.licit.cli.store;

import dev.licit.store.LicitStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a store subcommand shares: the store options, and the store opened around the work and
 * closed after it. Each subcommand keeps its own {@code @Command}, parameters and {@code --format}
 * option; picocli injects the annotated fields declared here as well.
 */
abstract class StoreSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    /**
     * Checks (and reads) the options before the store opens, so a bad option is refused without
     * touching the store, even when --db is bad too. Nothing to check by default.
     */
    void check() {}

    /** The work on the open store; returns the exit code. What it prints to out is flushed after. */
    abstract int run(LicitStore s, PrintWriter out);

    @Override
    public final Integer call() {
        check();
        try (LicitStore s = store.open()) {
            PrintWriter out = spec.commandLine().getOut();
            int code = run(s, out);
            out.flush();
            return code;
        }
    }
}
