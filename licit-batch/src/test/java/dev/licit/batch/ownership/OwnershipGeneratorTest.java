package dev.licit.batch.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.batch.generate.OwnershipGenerator;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void the_same_seed_gives_the_same_files_another_seed_others_and_the_importer_reads_them() throws Exception {
        OwnershipGenerator.Result a = OwnershipGenerator.write(dir.resolve("a.csv"), dir.resolve("a-l.csv"), 5000, 3);
        OwnershipGenerator.write(dir.resolve("b.csv"), dir.resolve("b-l.csv"), 5000, 3);
        OwnershipGenerator.write(dir.resolve("c.csv"), dir.resolve("c-l.csv"), 5000, 4);
        assertThat(a.links()).isEqualTo(5000);
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).hasSize(5001);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a-l.csv"), dir.resolve("b-l.csv")))
                .isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1);
        assertThat(a.listed()).isPositive();
        assertThat(OwnershipImporter.importPaths(List.of(dir.resolve("a.csv")), OwnershipFormat.CSV)
                        .links())
                .hasSize(5000);
    }
}
