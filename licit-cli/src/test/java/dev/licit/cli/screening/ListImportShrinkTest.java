package dev.licit.cli.screening;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.testing.CliRun;
import dev.licit.cli.testing.TempHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A partial list file imported by mistake cannot silently replace the lists: an import with more
 * than 20 % fewer entries than the current snapshot, or without a list the current one has, is
 * refused (exit 2, the counts named) unless {@code --replace}; {@code --add} adds files to the
 * current snapshot.
 */
class ListImportShrinkTest extends TempHome {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @Test
    void theFirstTwentyLinesOfTheSdnFileAfterAFullImportAreRefusedUnlessReplaceIsSaid() throws Exception {
        String sdn = LISTS.resolve("ofac-sdn.csv").toString();
        CliRun full = run("lists", "import", sdn, "--no-store");
        assertThat(full.exit()).as(full.err()).isZero();
        String current =
                Files.readString(home.resolve("lists").resolve("current")).strip();

        Path head = home.resolve("partial").resolve("ofac-sdn.csv");
        Files.createDirectories(head.getParent());
        Files.write(head, Files.readAllLines(LISTS.resolve("ofac-sdn.csv")).subList(0, 20));
        CliRun partial = run("lists", "import", head.toString(), "--no-store");
        assertThat(partial.exit()).isEqualTo(2);
        assertThat(partial.err())
                .contains("entries where the current snapshot " + current + " has")
                .contains("--replace")
                .contains("nothing was imported");
        assertThat(Files.readString(home.resolve("lists").resolve("current")).strip())
                .isEqualTo(current);

        CliRun replaced = run("lists", "import", head.toString(), "--no-store", "--replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(Files.readString(home.resolve("lists").resolve("current")).strip())
                .isNotEqualTo(current);
    }

    @Test
    void anImportThatLeavesAWholeListOutIsRefusedAndAddKeepsIt() throws Exception {
        CliRun dpl = run("lists", "import", LISTS.resolve("bis-dpl.txt").toString(), "--no-store");
        assertThat(dpl.exit()).as(dpl.err()).isZero();
        int before = entries();

        // the UN list alone would drop the DPL however many entries it has
        CliRun un = run("lists", "import", LISTS.resolve("un-consolidated.xml").toString(), "--no-store");
        assertThat(un.exit()).isEqualTo(2);
        assertThat(un.err()).contains("leaves out the list(s)").contains("DPL");

        CliRun added =
                run("lists", "import", LISTS.resolve("un-consolidated.xml").toString(), "--no-store", "--add");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(entries()).isGreaterThan(before);
        CliRun shown = run("lists", "show");
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
