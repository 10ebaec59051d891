package dev.licit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.internal.Migrations.Applied;
import dev.licit.store.internal.Migrations.Script;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.junit.jupiter.api.Test;

/** The shipped migration list and the test that decides whether a store can skip Flyway. */
class MigrationsTest {
    private static final Script ONE = new Script("1", "schema", "V1__schema.sql", 11);
    private static final Script TWO = new Script("2", "more", "V2__more.sql", 22);

    private static Applied applied(Script s) {
        return new Applied(s.version(), s.description(), "SQL", s.script(), s.checksum(), true);
    }

    private static final Applied TABLE_CREATED =
            new Applied(null, "<< Flyway Schema History table created >>", "TABLE", "", null, true);

    @Test
    void theListNamesEveryScriptInTheResourceDirectoryInOrder() throws IOException, URISyntaxException {
        Path dir =
                Path.of(Migrations.class.getResource("/" + Migrations.LOCATION).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(Migrations.SHIPPED).containsExactlyElementsOf(files);
        assertThat(Migrations.shipped())
                .extracting(Script::version)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(Migrations.shipped().getFirst().description()).isEqualTo("schema");
    }

    @Test
    void theChecksumIsFlywaysForLineBreaksAndAByteOrderMark() throws IOException {
        List<String> scripts = List.of(
                "",
                "CREATE TABLE t (x INT);",
                "a\nb\n",
                "a\r\nb\r\n",
                "\uFEFFa\nb",
                "a\n\n\nb",
                "-- Größe, 中文\nSELECT 1;\r",
                "x ${text}\n");
        for (String s : scripts) {
            assertThat(Migrations.checksum(new StringReader(s)))
                    .as(s)
                    .isEqualTo(ChecksumCalculator.calculate(new StringResource(s)));
        }
        assertThat(Migrations.checksum(new StringReader("a\nb")))
                .isNotEqualTo(Migrations.checksum(new StringReader("a\nc")));
    }

    @Test
    void exactlyTheShippedScriptsAppliedAsShippedIsCurrent() {
        assertThat(Migrations.current(List.of(applied(ONE), applied(TWO)), List.of(ONE, TWO)))
                .isTrue();
        assertThat(Migrations.current(List.of(TABLE_CREATED, applied(ONE), applied(TWO)), List.of(ONE, TWO)))
                .isTrue();
    }

    @Test
    void anyOtherHistoryIsNot() {
        List<Script> shipped = List.of(ONE, TWO);
        List<List<Applied>> others = new ArrayList<>();
        others.add(List.of()); // a fresh database
        others.add(List.of(TABLE_CREATED));
        others.add(List.of(TABLE_CREATED, applied(ONE))); // older: V2 still to apply
        others.add(List.of(
                applied(ONE), applied(TWO), new Applied("3", "later", "SQL", "V3__later.sql", 33, true))); // newer
        others.add(List.of(applied(TWO), applied(ONE)));
        others.add(List.of(applied(ONE), new Applied("2", "more", "SQL", "V2__more.sql", 22, false))); // failed
        others.add(List.of(applied(ONE), new Applied("2", "more", "SQL", "V2__more.sql", 23, true))); // edited since
        others.add(List.of(applied(ONE), new Applied("2", "more", "SQL", "V2__more.sql", null, true)));
        others.add(List.of(applied(ONE), new Applied("2", "other", "SQL", "V2__other.sql", 22, true))); // renamed
        others.add(List.of(
                new Applied("1", "<< Flyway Baseline >>", "BASELINE", "<< Flyway Baseline >>", null, true),
                applied(TWO)));
        for (List<Applied> history : others) {
            assertThat(Migrations.current(history, shipped))
                    .as(history.toString())
                    .isFalse();
        }
    }
}
