package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.RulebookLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookVersionsTest {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();

    @Test
    void versionsExistForEachTextChange() {
        assertThat(RULEBOOK.versionStarts())
                .contains(
                        LocalDate.parse("2022-10-07"),
                        LocalDate.parse("2023-11-17"),
                        LocalDate.parse("2024-04-04"),
                        LocalDate.parse("2024-12-02"),
                        LocalDate.parse("2025-01-13"),
                        LocalDate.parse("2026-01-15"),
                        LocalDate.parse("2024-03-15"),
                        LocalDate.parse("2026-02-03"),
                        LocalDate.parse("2026-07-10"));
    }

    @Test
    void hashIsStableWithinAVersionAndChangesAcrossVersions() {
        String a = RULEBOOK.on(LocalDate.parse("2024-05-01")).sha256();
        assertThat(RULEBOOK.on(LocalDate.parse("2024-06-01")).sha256()).isEqualTo(a);
        assertThat(RulebookLoader.loadDefault()
                        .on(LocalDate.parse("2024-05-01"))
                        .sha256())
                .isEqualTo(a);
        assertThat(RULEBOOK.on(LocalDate.parse("2024-04-03")).sha256()).isNotEqualTo(a);
        assertThat(RULEBOOK.on(LocalDate.parse("2024-05-01"))).isSameAs(RULEBOOK.on(LocalDate.parse("2024-06-01")));
    }

    @Test
    void datesBeforeTheStartAreRefused() {
        assertThatThrownBy(() -> RULEBOOK.on(LocalDate.parse("2022-10-06")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2022-10-07");
    }

    @Test
    void theShippedPackLoadsWithEveryRulebookAndAnOverlayOfItsNameReplacesIt(@TempDir Path tmp) throws Exception {
        LocalDate d = LocalDate.parse("2025-06-01");
        assertThat(RULEBOOK.on(d).rules())
                .anyMatch(r -> "april-2025-is-informed".equals(r.overlay())
                        && r.binds().contains("NVIDIA Corporation"));
        assertThat(RULEBOOK.on(LocalDate.parse("2025-04-08")).rules()).noneMatch(r -> r.overlay() != null);
        Path pack = Path.of(System.getProperty("user.dir"))
                .resolve("../overlays/april-2025-is-informed")
                .normalize();
        // the same pack given with --overlay replaces the shipped one: nothing twice, the same hash
        assertThat(RulebookLoader.load(null, List.of(pack)).on(d).sha256())
                .isEqualTo(RULEBOOK.on(d).sha256());
        Path edited = Files.createDirectories(tmp.resolve("april-2025-is-informed"));
        for (Path f :
                Files.list(pack).filter(f -> f.toString().endsWith(".yaml")).toList()) {
            Files.writeString(
                    edited.resolve(f.getFileName()),
                    Files.readString(f).replace("(April 2025)", "(April 2025, edited)"));
        }
        Rulebook withEdited = RulebookLoader.load(null, List.of(edited));
        assertThat(withEdited.on(d).sha256()).isNotEqualTo(RULEBOOK.on(d).sha256());
        assertThat(withEdited.on(LocalDate.parse("2025-04-08")).sha256())
                .isEqualTo(RULEBOOK.on(LocalDate.parse("2025-04-08")).sha256());
    }
}
