package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.screening.imports.ImportException;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @Test
    void withNothingImportedTheCuratedListIsCurrent(@TempDir Path home) throws Exception {
        ListSnapshot s = new ListStore(home).current();
        assertThat(s.id()).matches("snap-[0-9a-f]{12}");
        assertThat(s.info().counts()).containsKeys("EL", "CMIC", "UVL");
        assertThat(s.entries()).hasSizeGreaterThan(100);
        assertThat(new ListStore(home).current().id()).isEqualTo(s.id());
    }

    @Test
    void importAddsToTheCuratedListAndSwitchesAtomically(@TempDir Path home) throws Exception {
        ListStore store = new ListStore(home);
        SnapshotInfo info = store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), true);
        assertThat(store.currentId()).contains(info.id());
        ListSnapshot current = store.current();
        assertThat(current.entries()).hasSize(13 + ListStore.curated().entries().size());
        assertThat(Files.readString(home.resolve("lists/current")).strip()).isEqualTo(info.id());
        assertThat(home.resolve("lists").resolve(info.id()).resolve("sources/csl-sample-12.csv"))
                .exists();
        // same content, same id
        assertThat(store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), true)
                        .id())
                .isEqualTo(info.id());
        SnapshotInfo without = store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), false);
        assertThat(without.id()).isNotEqualTo(info.id());
        assertThat(store.current().entries()).hasSize(13);
        assertThat(store.list()).extracting(SnapshotInfo::id).contains(info.id(), without.id());
        assertThat(Screener.of(store.load(info.id()).orElseThrow()).screen("Huawei Technologies", null))
                .isNotEmpty();
    }

    @Test
    void malformedImportLeavesTheCurrentSnapshotAlone(@TempDir Path home) throws Exception {
        ListStore store = new ListStore(home);
        SnapshotInfo good = store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), true);
        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, Files.readString(LISTS.resolve("csl-sample-12.csv")) + "\"unterminated,\n");
        assertThatThrownBy(() -> store.importFiles(List.of(LISTS.resolve("bis-dpl.txt"), bad), true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bad.csv:14: quoted field is not closed");
        assertThat(store.currentId()).contains(good.id());
        try (var files = Files.list(home.resolve("lists"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("current", good.id());
        }
    }
}
