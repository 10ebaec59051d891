package dev.licit.cli;

import dev.licit.cli.common.HeadStart;
import dev.licit.cli.common.RefusedValue;
import dev.licit.cli.common.RunClock;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.io.InputException;
import dev.licit.core.rulebook.RulebookException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point of the {@code licit} command. Exit codes: 0 ran, 2 bad input, 1 internal failure. */
public final class Licit {
    private Licit() {}

    public static void main(String[] args) {
        StartAhead.begin(args);
        System.exit(runBegunAhead(args));
    }

    /**
     * Runs a command line as {@link #main} does: the home's screening index and store begun while
     * picocli parses it ({@link HeadStart}), under the run's one clock, and what the command did not
     * take closed afterwards.
     */
    static int runBegunAhead(String... args) {
        Clock clock = Clock.systemUTC();
        HeadStart.begin(args, clock);
        try {
            return commandLineFor(System.in, clock, args).execute(args);
        } finally {
            HeadStart.closeUntaken();
        }
    }

    /** Runs a command line and returns the exit code (tests call this directly). */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The whole command tree: every subcommand (help lists them all). */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** @param stdin what {@code licit check -} reads orders from (tests hand in their own) */
    public static CommandLine commandLine(InputStream stdin) {
        return configured(LicitCommand.SUBCOMMANDS, stdin, Clock.systemUTC());
    }

    /**
     * The command tree a command line needs: when its first word names a subcommand, only that one
     * (the others are never built); for {@code --version} alone, the root; otherwise the whole tree,
     * so that help and the messages for an unknown command are as usual.
     */
    public static CommandLine commandLineFor(String... args) {
        return commandLineFor(System.in, args);
    }

    public static CommandLine commandLineFor(InputStream stdin, String... args) {
        return commandLineFor(stdin, Clock.systemUTC(), args);
    }

    /**
     * @param clock the one clock of the run: "today" (the default {@code --as-of}) is its UTC date
     *              and {@code decidedAt} its instant; the system's UTC clock unless a test fixes it
     */
    public static CommandLine commandLineFor(InputStream stdin, Clock clock, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the version is the root command's alone: building every subcommand's options for it was
            // most of the command's 0.35 s
            return configured(List.of(), stdin, clock);
        }
        if (args.length > 0) {
            Optional<Class<?>> only = LicitCommand.subcommand(args[0]);
            if (only.isPresent()) {
                return configured(List.of(only.get()), stdin, clock);
            }
        }
        return configured(LicitCommand.SUBCOMMANDS, stdin, clock);
    }

    private static CommandLine configured(List<Class<?>> subcommands, InputStream stdin, Clock clock) {
        // the commands that read the stdin or the clock get them here, from the edge, not from globals
        CommandLine.IFactory factory = new Factory(CommandLine.defaultFactory(), stdin, clock);
        CommandLine cl = new CommandLine(new LicitCommand(), factory);
        for (Class<?> c : subcommands) {
            cl.addSubcommand(new CommandLine(c, factory));
        }
        // set after the subcommands are added: picocli hands these settings down to those present
        cl.setExecutionExceptionHandler(Licit::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            // a refusal that names its option reads better without picocli's "Invalid value for option" in front
            String message = ex.getCause() instanceof RefusedValue refused ? refused.getMessage() : ex.getMessage();
            ex.getCommandLine().getErr().println("licit: " + message);
            ex.getCommandLine()
                    .getErr()
                    .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cl;
    }

    /**
     * Builds the commands and options of one command line; it carries the run's clock, so that a
     * command picocli builds itself (a subcommand named in an annotation) still finds it through
     * {@link RunClock#of}.
     */
    private record Factory(CommandLine.IFactory defaults, InputStream stdin, Clock clock)
            implements CommandLine.IFactory, RunClock {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(stdin, clock));
            }
            if (type == DateOption.class) {
                return type.cast(new DateOption(clock));
            }
            if (type == StoreOptions.class) {
                return type.cast(new StoreOptions(clock));
            }
            return defaults.create(type);
        }
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException || e instanceof RulebookException || e instanceof IllegalArgumentException) {
            err.println("licit: " + e.getMessage());
            return 2;
        }
        err.println("licit: internal failure: " + e);
        if (System.getenv("LICIT_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set LICIT_DEBUG=1 to see the stack trace)");
        }
        return 1;
    }
}
