package dev.licit.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand reader of {@code metadata.json} reads what the import writes, as Jackson's binding did, and refuses what it refused. */
class SnapshotInfoFileTest {
    @TempDir
    Path dir;

    private static final SnapshotInfo INFO = new SnapshotInfo(
            "snap-0123456789ab",
            "0123456789ab" + "0".repeat(52),
            List.of(
                    new SnapshotInfo.Source("csl.csv.gz", "CSL_CSV", "a".repeat(64), 14160),
                    new SnapshotInfo.Source("advanced-computing.csv", "CSL_CSV", "b".repeat(64), 109)
                            .withPublishedAt(Instant.parse("2026-11-29T00:00:00Z"))),
            Instant.parse("2026-12-07T17:08:02.123Z"),
            Map.of("SDN", 10026, "EL", 2056),
            true);

    @Test
    void readsWhatTheImportWritesAsBindingDid() throws IOException {
        Path file = dir.resolve("metadata.json");
        Json.PRETTY.writeValue(file.toFile(), INFO);

        SnapshotInfo read = SnapshotInfoFile.read(file);

        assertThat(read).isEqualTo(INFO);
        assertThat(read).isEqualTo(Json.PRETTY.readValue(file.toFile(), SnapshotInfo.class));
        assertThat(read.sources().get(0).publishedAt()).isNull();
    }

    @Test
    void aSnapshotWithoutTheCuratedListOrPublicationDates() throws IOException {
        SnapshotInfo plain = new SnapshotInfo(
                "snap-ffffffffffff", "f".repeat(64), List.of(), Instant.parse("2025-01-02T03:04:05Z"), Map.of(), false);
        Path file = dir.resolve("metadata.json");
        Json.PRETTY.writeValue(file.toFile(), plain);

        assertThat(SnapshotInfoFile.read(file)).isEqualTo(plain);
    }

    @Test
    void refusesAnUnknownFieldNamingFileAndField() throws IOException {
        ObjectNode tree = Json.PRETTY.valueToTree(INFO);
        ((ObjectNode) tree.get("sources").get(1)).put("publisher", "BIS");
        Path file = write(tree);

        assertThatThrownBy(() -> SnapshotInfoFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("/sources/1/publisher: unknown field");
    }

    @Test
    void refusesAValueOfTheWrongTypeOrAMissingOne() throws IOException {
        ObjectNode wrongCount = Json.PRETTY.valueToTree(INFO);
        ((ObjectNode) wrongCount.get("counts")).put("SDN", "many");
        Path a = write(wrongCount);
        assertThatThrownBy(() -> SnapshotInfoFile.read(a))
                .hasMessageContaining("/counts/SDN: a whole number is needed");

        ObjectNode noId = Json.PRETTY.valueToTree(INFO);
        noId.remove("id");
        Path b = write(noId);
        assertThatThrownBy(() -> SnapshotInfoFile.read(b)).hasMessageContaining("/id: missing");

        ObjectNode badTime = Json.PRETTY.valueToTree(INFO);
        badTime.put("importedAt", "yesterday");
        Path c = write(badTime);
        assertThatThrownBy(() -> SnapshotInfoFile.read(c))
                .hasMessageContaining("/importedAt: an ISO-8601 instant is needed, got 'yesterday'");

        ObjectNode curated = Json.PRETTY.valueToTree(INFO);
        curated.put("includesCurated", "yes");
        Path d = write(curated);
        assertThatThrownBy(() -> SnapshotInfoFile.read(d)).hasMessageContaining("/includesCurated: true or false");
    }

    @Test
    void refusesWhatIsNotJson() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "{\"id\": ");

        assertThatThrownBy(() -> SnapshotInfoFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file + ": not readable JSON");
    }

    private Path write(ObjectNode tree) throws IOException {
        Path file = Files.createTempFile(dir, "metadata", ".json");
        Json.PRETTY.writeValue(file.toFile(), tree);
        return file;
    }
}
