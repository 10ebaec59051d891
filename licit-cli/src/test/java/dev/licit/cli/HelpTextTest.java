package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli formats every help text with String.format: a lone '%' ("the 50 % rule") makes it warn on
 * standard error and print the text unformatted, on every --help. No command's help may do that.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        List<String> commands = new ArrayList<>();
        StringBuilder usage = new StringBuilder();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream err = System.err;
        // picocli's tracer writes to System.err, not to the command line's writer
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            walk(Licit.commandLineFor(), commands, usage);
        } finally {
            System.setErr(err);
        }
        assertThat(commands).contains("licit batch screen", "licit ownership covered", "licit lists fetch");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(usage).contains("50 % rule", "20 % fewer").doesNotContain("%%");
    }

    private static void walk(CommandLine cl, List<String> commands, StringBuilder usage) {
        commands.add(cl.getCommandSpec().qualifiedName());
        usage.append(cl.getUsageMessage());
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub != cl) {
                walk(sub, commands, usage);
            }
        }
    }
}
