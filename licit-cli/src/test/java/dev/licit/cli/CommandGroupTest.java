package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A group of subcommands run without one prints its usage: where, and with which exit, as before they shared CommandGroup. */
class CommandGroupTest {
    record Run(int exit, String out, String err) {}

    static Run licit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Licit.commandLineFor(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lists", "decisions", "audit", "cases", "licenses", "notifications", "webhooks", "keys"})
    void aGroupThatNeedsASubcommandPrintsItsUsageOnStandardErrorWithExitTwo(String group) {
        Run r = licit(group);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Usage: licit " + group + " ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "catalog"})
    void aGroupWhoseUsageIsTheAnswerPrintsItOnStandardOutputWithExitZero(String group) {
        Run r = licit(group);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: licit " + group + " ");
        assertThat(r.err()).isEmpty();
    }
}
