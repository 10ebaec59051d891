package dev.licit.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.licit.core.json.Json;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The screener of each executor JVM. The driver sends the snapshot's entries once as JSON bytes (a
 * broadcast variable: no shared file system needed); the first task on an executor builds the index and
 * every later task of the job reuses it, since building it costs far more than screening a partition.
 *
 * <p>The screener is found by the snapshot's id <em>and</em> the SHA-256 of its entries ({@link #key}):
 * two homes may hold snapshots of one id with other entries (the built-in curated list of two builds),
 * and a JVM that runs several jobs (local mode) must not screen one job against another's entries. Only
 * the last snapshot's screener is kept: an executor screens against one snapshot at a time, and each
 * index holds the whole list.
 */
final class Screeners {
    private static String lastKey;
    private static Screener last;

    private Screeners() {}

    static byte[] encode(ListSnapshot snapshot) {
        try {
            return Json.COMPACT.writeValueAsBytes(snapshot.entries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot's id and the SHA-256 of its encoded entries, computed once, on the driver. */
    static String key(String snapshotId, byte[] entries) {
        try {
            return snapshotId + "@"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(entries));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The screener of the snapshot {@code key} names, built from {@code entries} by the first task that asks. */
    static synchronized Screener get(String key, byte[] entries) {
        if (!key.equals(lastKey)) {
            // let the old index go before the new one is built; a build that fails leaves none kept
            lastKey = null;
            last = null;
            last = build(key.substring(0, key.lastIndexOf('@')), entries);
            lastKey = key;
        }
        return last;
    }

    private static Screener build(String snapshotId, byte[] entries) {
        try {
            List<ListEntry> list = Json.COMPACT.readValue(entries, new TypeReference<List<ListEntry>>() {});
            SnapshotInfo info = new SnapshotInfo(snapshotId, "", List.of(), Instant.EPOCH, Map.of(), false);
            return Screener.of(new ListSnapshot(info, list));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broadcast list snapshot " + snapshotId, e);
        }
    }
}
