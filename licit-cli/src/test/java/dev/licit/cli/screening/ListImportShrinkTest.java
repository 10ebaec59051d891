package dev.licit.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.Licit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A partial list file imported by mistake cannot silently replace the lists: an import with more
 * than 20 % fewer entries than the current snapshot, or without a list the current one has, is
 * refused (exit 2, the counts named) unless {@code --replace}; {@code --add} adds files to the
 * current snapshot.
 */
class ListImportShrinkTest {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void useHome() {
        System.setProperty("licit.home", home.toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("licit.home");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Licit.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theFirstTwentyLinesOfTheSdnFileAfterAFullImportAreRefusedUnlessReplaceIsSaid() throws Exception {
        String sdn = LISTS.resolve("ofac-sdn.csv").toString();
        Run full = run("lists", "import", sdn, "--no-store");
        assertThat(full.exit()).as(full.err()).isZero();
        String current =
                Files.readString(home.resolve("lists").resolve("current")).strip();

        Path head = home.resolve("partial").resolve("ofac-sdn.csv");
        Files.createDirectories(head.getParent());
        Files.write(head, Files.readAllLines(LISTS.resolve("ofac-sdn.csv")).subList(0, 20));
        Run partial = run("lists", "import", head.toString(), "--no-store");
        assertThat(partial.exit()).isEqualTo(2);
        assertThat(partial.err())
                .contains("entries where the current snapshot " + current + " has")
                .contains("--replace")
                .contains("nothing was imported");
        assertThat(Files.readString(home.resolve("lists").resolve("current")).strip())
                .isEqualTo(current);

        Run replaced = run("lists", "import", head.toString(), "--no-store", "--replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(Files.readString(home.resolve("lists").resolve("current")).strip())
                .isNotEqualTo(current);
    }

    @Test
    void anImportThatLeavesAWholeListOutIsRefusedAndAddKeepsIt() throws Exception {
        Run dpl = run("lists", "import", LISTS.resolve("bis-dpl.txt").toString(), "--no-store");
        assertThat(dpl.exit()).as(dpl.err()).isZero();
        int before = entries();

        // the UN list alone would drop the DPL however many entries it has
        Run un = run("lists", "import", LISTS.resolve("un-consolidated.xml").toString(), "--no-store");
        assertThat(un.exit()).isEqualTo(2);
        assertThat(un.err()).contains("leaves out the list(s)").contains("DPL");

        Run added = run("lists", "import", LISTS.resolve("un-consolidated.xml").toString(), "--no-store", "--add");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(entries()).isGreaterThan(before);
        Run shown = run("lists", "show");
        assertThat(shown.out()).contains("bis-dpl.txt").contains("un-consolidated.xml");
    }

    private int entries() throws Exception {
        com.fasterxml.jackson.databind.JsonNode shown = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("lists", "show", "--format", "json").out());
        com.fasterxml.jackson.databind.JsonNode counts =
                shown.has("counts") ? shown.get("counts") : shown.path("info").path("counts");
        int total = 0;
        for (var it = counts.elements(); it.hasNext(); ) {
            total += it.next().asInt();
        }
        assertThat(total).as("entries in " + shown).isPositive();
        return total;
    }
}
