package dev.licit.screening.index;

import dev.licit.core.io.CodeFingerprint;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The screener of a home's list snapshot, read from its prepared index file when one is there and
 * sound, built (and the file written) otherwise.
 *
 * <p>The file, {@code LICIT_HOME/lists/index/SNAPSHOT.idx}, starts with a header that says what
 * it may be used for: a magic number, the format version, the fingerprint of the code that wrote
 * it (every class of the screening module and the matching libraries' versions: normalisation or
 * scoring code that changes makes every older file stale), the snapshot's content hash, and the
 * length and CRC-32C of the payload. A file that fails any of these, or whose payload does not read
 * back exactly to its end, is rebuilt. It is written to a temporary file and renamed into place,
 * so a reader sees a whole file or none.
 *
 * <p>A screener read from the file screens exactly as one built from the snapshot
 * ({@code ScreenerIndexTest} compares them result for result).
 */
public final class ScreenerIndex {
    private static final byte[] MAGIC = "LICITIDX".getBytes(StandardCharsets.US_ASCII);
    /** Raised whenever the layout of the payload changes. */
    private static final int FORMAT =
            7; // 2: entries carry their source files; 3: entries and address words by offset, decoded on demand;
    // 4: the candidate index has a table of Thai name keys; 5: a table of Russian romanisation keys, and
    // each prepared word a Russian key's hash; 6: that long holds the Arabic Latin key's hash in its high half;
    // 7: a table of the words of names made of legal forms and stop words alone

    private static volatile String fingerprint;

    private ScreenerIndex() {}

    /** How a screener was obtained: for tools and tests. */
    enum Source {
        INDEX_FILE,
        BUILT
    }

    /** A screener and where it came from. */
    public record Loaded(Screener screener, Source source) {}

    /** The screener of the home's current snapshot (the curated list when nothing was imported). */
    public static Screener current(ListStore store, Thresholds thresholds) throws IOException {
        return load(store, null, thresholds).screener();
    }

    /**
     * The screener of snapshot {@code id}, or of the current one when {@code id} is null.
     *
     * @throws IOException when the snapshot itself cannot be read
     */
    public static Loaded load(ListStore store, String id, Thresholds thresholds) throws IOException {
        String wanted = id != null ? id : store.currentOrCuratedId();
        SnapshotInfo info = store.info(wanted).orElse(null);
        if (info != null) {
            Optional<Screener> read = read(fileOf(store, info.id()), info, thresholds);
            if (read.isPresent()) {
                return new Loaded(read.get(), Source.INDEX_FILE);
            }
        }
        ListSnapshot snapshot = store.load(wanted)
                .orElseThrow(() -> new IOException("no list snapshot " + wanted + " in " + store.directory()));
        Screener built = Screener.of(snapshot, thresholds);
        tryWrite(store, built);
        return new Loaded(built, Source.BUILT);
    }

    /** Writes the index of a screener's snapshot (at import: the first screen then reads it). */
    public static void write(ListStore store, Screener screener) throws IOException {
        Path file = fileOf(store, screener.snapshot().id());
        Files.createDirectories(file.getParent());
        BinaryOut payload = new BinaryOut();
        screener.write(payload);
        byte[] body = payload.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(body);
        BinaryOut header = new BinaryOut();
        header.writeBlob(MAGIC);
        header.writeInt(FORMAT);
        header.writeString(codeFingerprint());
        header.writeString(screener.snapshot().info().sha256());
        header.writeInt(body.length);
        header.writeInt((int) crc.getValue());
        Path tmp = Files.createTempFile(file.getParent(), ".idx-", ".tmp");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                out.write(header.toByteArray());
                out.write(body);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("the file system under " + file.getParent() + " cannot rename atomically", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The index file of a snapshot, whether or not it exists. */
    public static Path fileOf(ListStore store, String snapshotId) {
        return store.directory().resolve("index").resolve(snapshotId + ".idx");
    }

    /**
     * The screener in {@code file} when it is whole, current and of this snapshot; empty otherwise.
     * The file is mapped, not read: a screen reads a few dozen of its readings, so most of it is
     * never paged in, and none of it occupies the heap. Index files are only ever replaced by a
     * rename, never rewritten in place, so a mapping always sees the file it opened.
     */
    static Optional<Screener> read(Path file, SnapshotInfo info, Thresholds thresholds) {
        ByteBuffer bytes;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException e) {
            return Optional.empty(); // missing or unreadable: built in memory, and written if the directory allows
        }
        try {
            BinaryIn in = new BinaryIn(bytes);
            byte[] magic = new byte[MAGIC.length];
            if (in.readInt() != MAGIC.length || bytes.limit() < 4 + MAGIC.length) {
                return Optional.empty();
            }
            bytes.get(4, magic);
            if (!Arrays.equals(magic, MAGIC)) {
                return Optional.empty();
            }
            in = in.at(4 + MAGIC.length);
            if (in.readInt() != FORMAT
                    || !codeFingerprint().equals(in.readString())
                    || !info.sha256().equals(in.readString())) {
                return Optional.empty();
            }
            int length = in.readInt();
            int expected = in.readInt();
            int start = in.position();
            if (length < 0 || start + (long) length != bytes.limit()) {
                return Optional.empty();
            }
            ByteBuffer payload = bytes.slice(start, length);
            CRC32C crc = new CRC32C();
            crc.update(payload.duplicate());
            if ((int) crc.getValue() != expected) {
                return Optional.empty();
            }
            return Optional.of(Screener.read(new BinaryIn(payload), info, thresholds));
        } catch (BinaryIn.DamagedIndexException e) {
            return Optional.empty();
        }
    }

    private static void tryWrite(ListStore store, Screener screener) {
        try {
            write(store, screener);
        } catch (IOException | UncheckedIOException e) {
            // a read-only home still screens; it only builds the index again next time
        }
    }

    /**
     * A hash of the code whose output the file holds: every class and resource of the screening
     * module, the phonetic encoder's classes and ICU's version (transliteration follows its data).
     * In a jar the entries' CRCs and sizes are read from its directory, not its contents, so this
     * costs a few milliseconds.
     */
    static String codeFingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = new CodeFingerprint()
                    .add(Screener.class, "dev/licit/screening/")
                    .add(org.apache.commons.codec.language.DoubleMetaphone.class, "org/apache/commons/codec/language/")
                    .add("icu " + com.ibm.icu.util.VersionInfo.ICU_VERSION)
                    .hex();
            fingerprint = f;
        }
        return f;
    }
}
