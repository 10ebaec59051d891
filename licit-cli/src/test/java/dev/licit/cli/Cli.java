package dev.licit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** Runs the licit command in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return withInput("", args);
    }

    /** Runs a command line with {@code stdin} as its standard input. */
    static Cli withInput(String stdin, String... args) {
        return at(Clock.systemUTC(), stdin, args);
    }

    /** Runs a command line with {@code stdin} as its standard input and {@code clock} as its time. */
    static Cli at(Clock clock, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl =
                Licit.commandLineFor(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock, args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
