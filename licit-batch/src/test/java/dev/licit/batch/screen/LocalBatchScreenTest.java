package dev.licit.batch.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.batch.Fixtures;
import dev.licit.batch.generate.PartyGenerator;
import dev.licit.batch.pipeline.Progress;
import dev.licit.core.io.InputException;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBatchScreenTest {
    static ListSnapshot curated;
    static Screener screener;

    @TempDir
    Path dir;

    @BeforeAll
    static void index() {
        curated = ListStore.curated();
        screener = Screener.of(curated);
    }

    @Test
    void finds_every_planted_name_and_writes_the_same_file_whatever_the_thread_count() throws IOException {
        Path parties = dir.resolve("parties.csv");
        Path planted = dir.resolve("planted.csv");
        PartyGenerator.Result r = PartyGenerator.write(parties, planted, 400, 0.1, 3, curated.entries());
        assertThat(r.planted()).isEqualTo(40);

        Path one = dir.resolve("hits-1.csv");
        Path two = dir.resolve("hits-2.csv");
        ScreenSummary s1 = LocalBatchScreen.run(parties, one, screener, 1, 0, Progress.silent());
        ScreenSummary s2 = LocalBatchScreen.run(parties, two, screener, 2, 0, Progress.silent());

        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
        assertThat(s2.parties()).isEqualTo(400);
        assertThat(s2.hits())
                .isEqualTo(s1.hits())
                .isEqualTo(Files.readAllLines(two).size() - 1);
        Map<String, Set<String>> hits = Fixtures.hitsById(two);
        Fixtures.planted(planted)
                .forEach((id, entry) -> assertThat(hits.getOrDefault(id, Set.of()))
                        .as("planted party %s (entry %s)", id, entry)
                        .contains(entry));
        assertThat(Files.readAllLines(two).getFirst()).startsWith("id,name,list,entryId,listedName,score,band");
    }

    @Test
    void a_refused_row_fails_the_run_unless_allowed_and_then_nothing_is_written() throws IOException {
        Path parties = dir.resolve("bad.csv");
        Files.writeString(
                parties, "id,name,country\n1,Huawei Technologies,CN\n2,,US\n3,Acme,USA\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.csv");
        assertThatThrownBy(() -> LocalBatchScreen.run(parties, out, screener, 2, 1, Progress.silent()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2 rows were refused")
                .hasMessageContaining("bad.csv:3: name is empty (party 2)")
                .hasMessageContaining("bad.csv:4: country \"USA\" is not an ISO 3166-1 alpha-2 code");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
        }

        ScreenSummary s = LocalBatchScreen.run(parties, out, screener, 2, 2, Progress.silent());
        assertThat(s.refused()).isEqualTo(2);
        assertThat(s.partiesWithHits()).isEqualTo(1);
        assertThat(Fixtures.hitsById(out)).containsOnlyKeys("1");
    }

    @Test
    void cellsFromTheInputThatASpreadsheetWouldRunAreWrittenAsText() throws IOException {
        Path parties = dir.resolve("formula.csv");
        Files.writeString(
                parties,
                "id,name,country\n=1+1,Huawei Technologies,CN\n@x,Huawei Technologies,CN\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("hits.csv");
        LocalBatchScreen.run(parties, out, screener, 1, 0, Progress.silent());
        var rows = Files.readAllLines(out).subList(1, Files.readAllLines(out).size());
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(row ->
                        assertThat(row).startsWith("'").doesNotStartWith("=").doesNotStartWith("@"));
        assertThat(rows).anyMatch(row -> row.startsWith("'=1+1,")).anyMatch(row -> row.startsWith("'@x,"));
    }
}
