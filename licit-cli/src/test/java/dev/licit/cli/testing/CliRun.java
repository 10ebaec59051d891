package dev.licit.cli.testing;

import dev.licit.cli.Licit;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A licit command line run in-process on the whole command tree, with its exit code and what it printed. */
public record CliRun(int exit, String out, String err) {
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Licit.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
