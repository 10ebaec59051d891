package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.LicitStore;
import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.StoreConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions acknowledged from the journal survive a crash, exactly as they were written. */
class DecisionJournalTest {
    @TempDir
    Path home;

    @Test
    void decisionsAcknowledgedBeforeACrashAreReplayedExactlyOnTheNextOpen() throws Exception {
        Path dump = home.resolve("before-crash.txt");
        crash(dump);
        List<String> acknowledged = Files.readAllLines(dump);
        assertThat(acknowledged).filteredOn(l -> l.startsWith("decision |")).hasSize(12);
        assertThat(acknowledged).filteredOn(l -> l.startsWith("review_case |")).hasSize(8);
        assertThat(acknowledged).filteredOn(l -> l.startsWith("decision_hit |")).isNotEmpty();

        Path file = home.resolve("db").resolve("licit");
        // the crash lost them from the database file: only the journal has them
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM decision")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(segments()).hasSize(1);

        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            ChainCheck check = store.audit().verify();
            assertThat(check.ok()).as(check.problem()).isTrue();
            assertThat(store.audit().entries(0, 10_000).stream()
                            .filter(e -> e.kind().equals("journal.replayed")))
                    .singleElement()
                    .satisfies(e -> assertThat(e.payload()).contains("\"restored\":12"));
        }
        assertThat(segments()).isEmpty();
        StoreConfig now = StoreConfig.embedded(home); // the first open gave the database its password
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, now.user(), now.password())) {
            assertThat(CrashingWriter.dump(c)).isEqualTo(acknowledged);
        }
        // a second open finds nothing to replay
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            assertThat(store.audit().entries(0, 10_000).stream()
                            .filter(e -> e.kind().equals("journal.replayed")))
                    .hasSize(1);
        }
    }

    @Test
    void aRecordCutShortEndsTheSegmentAndDamageIsReportedNotSkipped() throws IOException {
        Path dir = home.resolve("journal");
        DecisionJournal journal = DecisionJournal.open(dir);
        journal.append("first".getBytes(StandardCharsets.UTF_8));
        journal.append("second".getBytes(StandardCharsets.UTF_8));
        journal.close();
        Path seg = segments(dir).get(0);
        byte[] whole = Files.readAllBytes(seg);
        // the crash came in the middle of a third record
        Files.write(seg, new byte[] {0, 0, 0, 50, 1, 2, 3, 4, 'x'}, java.nio.file.StandardOpenOption.APPEND);
        List<DecisionJournal.Segment> orphans = DecisionJournal.orphans(dir);
        assertThat(orphans).hasSize(1);
        DecisionJournal.Contents contents = DecisionJournal.read(orphans.get(0));
        assertThat(contents.damage()).isNull();
        assertThat(contents.records())
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("first", "second");
        orphans.get(0).release();

        // a flipped byte in the first record: nothing after it is trusted, and it is said
        whole[9] ^= 0x20;
        Files.write(seg, whole);
        orphans = DecisionJournal.orphans(dir);
        contents = DecisionJournal.read(orphans.get(0));
        assertThat(contents.records()).isEmpty();
        assertThat(contents.damage()).contains("record 1").contains("checksum");
        Path aside = DecisionJournal.setAside(orphans.get(0));
        assertThat(aside.getFileName().toString()).endsWith(".seg.damaged");
        assertThat(DecisionJournal.orphans(dir)).isEmpty();
    }

    @Test
    void aJournalThatCannotBeReplayedRefusesTheStoreAndIsKept() throws IOException {
        Path dir = DecisionJournal.dirFor(StoreConfig.embedded(home)).orElseThrow();
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            assertThat(store.audit().verify().ok()).isTrue();
        }
        // a record whose checksum holds but which is not a group of decisions (a later format, say)
        DecisionJournal journal = DecisionJournal.open(dir);
        journal.append("{\"v\": 99}".getBytes(StandardCharsets.UTF_8));
        journal.close();
        Path seg = segments(dir).getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LicitStore.open(StoreConfig.embedded(home)))
                .isInstanceOf(dev.licit.store.common.StoreException.class)
                .hasMessageContaining(seg.getFileName().toString())
                .hasMessageContaining("format 99")
                .hasMessageContaining("kept");
        assertThat(seg).exists();
        // moved aside by a person, the store opens again
        Files.move(seg, seg.resolveSibling("set-aside.txt"));
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            assertThat(store.decisions().list(null, null)).isEmpty();
        }
    }

    @Test
    void aDamagedSegmentIsReplayedUpToTheDamageThenSetAsideAndAudited() throws Exception {
        Path dump = home.resolve("before-crash.txt");
        crash(dump);
        Path seg = segments().getFirst();
        byte[] bytes = Files.readAllBytes(seg);
        bytes[bytes.length - 20] ^= 0x20; // inside the last record
        Files.write(seg, bytes);
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            assertThat(store.audit().verify().ok()).isTrue();
            assertThat(store.audit().entries(0, 10_000).stream()
                            .filter(e -> e.kind().equals("journal.replayed")))
                    .singleElement()
                    .satisfies(e -> assertThat(e.payload()).contains("checksum"));
            // what came before the damaged record is back; nothing of the damaged record is invented
            long acknowledged = Files.readAllLines(dump).stream()
                    .filter(l -> l.startsWith("decision |"))
                    .count();
            assertThat(store.decisions().list(null, null)).hasSizeLessThan((int) acknowledged);
        }
        assertThat(segments()).isEmpty();
        assertThat(seg.resolveSibling(seg.getFileName() + DecisionJournal.DAMAGED))
                .exists();
    }

    @Test
    void aFailedWriteStopsTheJournalUntilItsNextSegment() throws IOException {
        Path dir = home.resolve("journal");
        DecisionJournal journal = DecisionJournal.open(dir);
        journal.append("first".getBytes(StandardCharsets.UTF_8));
        journal.close(); // the file goes away under it, as on a failing disk
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> journal.append("lost".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThat(journal.usable()).isFalse();
        DecisionJournal.Segment sealed = journal.rotate();
        assertThat(sealed).isNotNull();
        assertThat(journal.usable()).isTrue();
        journal.append("second".getBytes(StandardCharsets.UTF_8));
        journal.close();
        List<DecisionJournal.Segment> orphans = DecisionJournal.orphans(dir);
        List<String> records = new ArrayList<>();
        for (DecisionJournal.Segment s : orphans) {
            DecisionJournal.read(s).records().forEach(b -> records.add(new String(b, StandardCharsets.UTF_8)));
            s.release();
        }
        assertThat(records).containsExactly("first", "second");
    }

    @Test
    void aLiveProcessKeepsItsSegmentAndACleanCloseLeavesNoJournal() throws IOException {
        Path dir = DecisionJournal.dirFor(StoreConfig.embedded(home)).orElseThrow();
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            dev.licit.store.testing.Fixtures.record(store, dev.licit.store.testing.Fixtures.h100ToVietnam("SO-1", 1));
            assertThat(segments(dir)).hasSize(1);
            // a second store on the same home (as the CLI beside a server) does not take the live segment
            try (LicitStore other = LicitStore.open(StoreConfig.embedded(home))) {
                assertThat(other.decisions().list(null, null)).hasSize(1);
            }
            assertThat(segments(dir)).hasSize(1);
        }
        assertThat(segments(dir)).isEmpty();
    }

    @Test
    void onlyAnEmbeddedH2FileHasAJournalBesideIt() {
        assertThat(DecisionJournal.dirFor(StoreConfig.embedded(home)))
                .contains(home.toAbsolutePath().normalize().resolve("db").resolve("licit.journal"));
        assertThat(DecisionJournal.dirFor(StoreConfig.url("jdbc:h2:~/licit/db;AUTO_SERVER=TRUE", "sa", "")))
                .contains(Path.of(System.getProperty("user.home"), "licit", "db.journal"));
        assertThat(DecisionJournal.dirFor(StoreConfig.url("jdbc:h2:file:./rel/db", "sa", "")))
                .contains(Path.of("rel", "db.journal").toAbsolutePath());
        assertThat(DecisionJournal.dirFor(StoreConfig.url("jdbc:h2:mem:test", "sa", "")))
                .isEmpty();
        assertThat(DecisionJournal.dirFor(StoreConfig.url("jdbc:h2:tcp://localhost/~/db", "sa", "")))
                .isEmpty();
        assertThat(DecisionJournal.dirFor(StoreConfig.url("jdbc:postgresql://localhost/licit", "u", "p")))
                .isEmpty();
    }

    /** Runs {@link CrashingWriter} on this home: twelve decisions acknowledged, then the process dies. */
    private void crash(Path dump) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dlicit.shared=" + System.getProperty("licit.shared", "../../shared"),
                        CrashingWriter.class.getName(),
                        home.toString(),
                        dump.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("ACKED 12");
    }

    private List<Path> segments() throws IOException {
        return segments(home.resolve("db").resolve("licit.journal"));
    }

    private static List<Path> segments(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(DecisionJournal.SEGMENT))
                    .sorted()
                    .toList();
        }
    }
}
