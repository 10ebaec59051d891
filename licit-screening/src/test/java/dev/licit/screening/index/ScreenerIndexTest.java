package dev.licit.screening.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningQuery;
import dev.licit.screening.TestNames;
import dev.licit.screening.Thresholds;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.SnapshotInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screener read from its prepared index file screens exactly as one built from the snapshot (the
 * same matches, scores, bands, explanations and order, for every script and disguise), and a file
 * that is damaged, stale or of other content is rebuilt, never read.
 */
class ScreenerIndexTest {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");
    private static final String[] COUNTRIES = {null, "CN", "IR", "RU", "KP", "US", "DE"};
    private static final Home HOME = new Home();

    /** One home for the whole class: the SDN set, the UN list (many scripts), the DPL and a CSL sample. */
    private static final class Home {
        final ListStore store;
        final Screener built;
        final Screener loaded;

        Home() {
            try {
                Path dir = Files.createTempDirectory("licit-index-test-");
                store = new ListStore(dir);
                store.importFiles(
                        List.of(
                                LISTS.resolve("ofac-sdn.csv"),
                                LISTS.resolve("ofac-alt.csv"),
                                LISTS.resolve("ofac-add.csv"),
                                LISTS.resolve("un-consolidated.xml"),
                                LISTS.resolve("bis-dpl.txt"),
                                LISTS.resolve("csl-sample-115.csv")),
                        true);
                built = Screener.of(store.current());
                ScreenerIndex.write(store, built);
                ScreenerIndex.Loaded l = ScreenerIndex.load(store, null, Thresholds.DEFAULT);
                assertThat(l.source()).isEqualTo(ScreenerIndex.Source.INDEX_FILE);
                loaded = l.screener();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theIndexFileHoldsTheSnapshotAsImported() throws Exception {
        assertThat(HOME.loaded.snapshot()).isEqualTo(HOME.store.current());
        assertThat(HOME.loaded.aliasCount()).isEqualTo(HOME.built.aliasCount());
    }

    @Test
    void listedNamesTyposAndLabelledNamesScreenAsWithTheBuiltScreener() {
        List<String> names = new ArrayList<>();
        List<ListEntry> entries = HOME.built.snapshot().entries();
        for (int i = 0; i < entries.size(); i += 11) {
            for (String n : entries.get(i).names()) {
                names.add(n);
                names.add(TestNames.typo(n));
            }
        }
        names.addAll(TestNames.evalNames());
        int reported = 0;
        for (int i = 0; i < names.size(); i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            String address = i % 5 == 0
                    ? entries.get(i % entries.size()).addresses().stream()
                            .findFirst()
                            .orElse(null)
                    : null;
            ScreeningQuery q = new ScreeningQuery(names.get(i), country, address);
            var expected = HOME.built.screen(q);
            assertThat(HOME.loaded.screen(q)).as("screen %s", q).isEqualTo(expected);
            reported += expected.size();
            if (i % 13 == 0) {
                assertThat(HOME.loaded.screenAll(q)).as("screenAll %s", q).isEqualTo(HOME.built.screenAll(q));
            }
        }
        assertThat(names).hasSizeGreaterThan(3000);
        assertThat(reported).as("a comparison of empty results proves nothing").isGreaterThan(2000);
    }

    @Provide
    Arbitrary<String> names() {
        return TestNames.names();
    }

    @Property(tries = 400)
    void anyNameScreensAsWithTheBuiltScreener(@ForAll("names") String name) {
        ScreeningQuery q = new ScreeningQuery(name, COUNTRIES[Math.floorMod(name.hashCode(), COUNTRIES.length)], null);
        assertThat(HOME.loaded.screenAll(q)).isEqualTo(HOME.built.screenAll(q));
    }

    @Test
    void otherThresholdsApplyToAScreenerReadFromTheFile() throws Exception {
        Thresholds strict = new Thresholds(0.95, 0.9);
        ScreenerIndex.Loaded l = ScreenerIndex.load(HOME.store, null, strict);
        assertThat(l.source()).isEqualTo(ScreenerIndex.Source.INDEX_FILE);
        Screener built = Screener.of(HOME.store.current(), strict);
        for (String n : TestNames.evalNames().subList(0, 300)) {
            assertThat(l.screener().screen(n, "CN")).isEqualTo(built.screen(n, "CN"));
        }
    }

    @Test
    void aDamagedStaleOrForeignFileIsRebuiltAndNeverRead(@TempDir Path dir) throws Exception {
        ListStore store = new ListStore(dir);
        SnapshotInfo a = store.importFiles(List.of(LISTS.resolve("csl-sample-115.csv")), true);
        Screener expected = Screener.of(store.current());
        Path file = ScreenerIndex.fileOf(store, a.id());
        assertThat(ScreenerIndex.load(store, null, Thresholds.DEFAULT).source())
                .as("first use builds")
                .isEqualTo(ScreenerIndex.Source.BUILT);
        assertThat(file).exists();
        byte[] good = Files.readAllBytes(file);
        assertThat(ScreenerIndex.load(store, null, Thresholds.DEFAULT).source())
                .isEqualTo(ScreenerIndex.Source.INDEX_FILE);

        int header = headerLength(good);
        List<UnaryOperator<byte[]>> damages = List.of(
                b -> flip(b, header + 1), // the payload's first bytes
                b -> flip(b, header + (b.length - header) / 2), // its middle
                b -> flip(b, b.length - 1), // its last byte
                b -> flip(b, 5), // the magic number
                b -> flip(b, 12), // the format version
                b -> java.util.Arrays.copyOf(b, b.length - 1), // cut short
                b -> java.util.Arrays.copyOf(b, b.length + 8), // grown
                b -> new byte[0],
                b -> "not an index".getBytes(StandardCharsets.US_ASCII),
                ScreenerIndexTest::otherCode); // written by other screening code
        for (int i = 0; i < damages.size(); i++) {
            Files.write(file, damages.get(i).apply(good.clone()));
            ScreenerIndex.Loaded l = ScreenerIndex.load(store, null, Thresholds.DEFAULT);
            assertThat(l.source()).as("damage %d", i).isEqualTo(ScreenerIndex.Source.BUILT);
            assertThat(l.screener().screen("Huawei Technologies", "CN"))
                    .isEqualTo(expected.screen("Huawei Technologies", "CN"));
            assertThat(Files.readAllBytes(file)).as("damage %d is repaired", i).isEqualTo(good);
        }

        // the file of another snapshot under this snapshot's name
        SnapshotInfo b = store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), true);
        Files.copy(file, ScreenerIndex.fileOf(store, b.id()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ScreenerIndex.Loaded other = ScreenerIndex.load(store, b.id(), Thresholds.DEFAULT);
        assertThat(other.source()).isEqualTo(ScreenerIndex.Source.BUILT);
        assertThat(other.screener().snapshot().id()).isEqualTo(b.id());
    }

    @Test
    void theCuratedListIsIndexedTooWhenNothingWasImported(@TempDir Path dir) throws Exception {
        ListStore store = new ListStore(dir);
        assertThat(ScreenerIndex.load(store, null, Thresholds.DEFAULT).source()).isEqualTo(ScreenerIndex.Source.BUILT);
        ScreenerIndex.Loaded again = ScreenerIndex.load(store, null, Thresholds.DEFAULT);
        assertThat(again.source()).isEqualTo(ScreenerIndex.Source.INDEX_FILE);
        assertThat(again.screener().snapshot()).isEqualTo(ListStore.curated());
        assertThat(again.screener().screen("Huawei Technologies", "CN"))
                .isEqualTo(Screener.of(ListStore.curated()).screen("Huawei Technologies", "CN"));
    }

    @Test
    void aHomeThatCannotBeWrittenStillScreens(@TempDir Path dir) throws Exception {
        ListStore store = new ListStore(dir);
        store.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), true);
        // a file where the index directory should be: the index cannot be written
        Files.writeString(store.directory().resolve("index"), "in the way");
        ScreenerIndex.Loaded l = ScreenerIndex.load(store, null, Thresholds.DEFAULT);
        assertThat(l.source()).isEqualTo(ScreenerIndex.Source.BUILT);
        assertThat(l.screener().screen("Huawei Technologies", "CN")).isNotEmpty();
    }

    /** The magic (a length-prefixed 8 bytes), the format, then the fingerprint, the snapshot hash, length and CRC. */
    private static int headerLength(byte[] b) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int at = 4 + 8 + 4;
        at += 4 + buf.getInt(at);
        at += 4 + buf.getInt(at);
        return at + 8;
    }

    private static byte[] flip(byte[] b, int at) {
        b[at] ^= 0x5A;
        return b;
    }

    /** The same file with another code fingerprint (same length: only the fingerprint differs). */
    private static byte[] otherCode(byte[] b) {
        int at = 4 + 8 + 4 + 4; // the fingerprint's hex digits
        b[at] = (byte) (b[at] == '0' ? '1' : '0');
        return b;
    }
}
