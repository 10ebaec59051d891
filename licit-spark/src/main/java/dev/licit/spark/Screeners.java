package dev.licit.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.licit.core.json.Json;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screener of each executor JVM. The driver sends the snapshot's entries once as JSON bytes (a
 * broadcast variable: no shared file system needed); the first task on an executor builds the index and
 * every later task of the job reuses it, since building it costs far more than screening a partition.
 */
final class Screeners {
    private static final Map<String, Screener> PER_JVM = new ConcurrentHashMap<>();

    private Screeners() {}

    static byte[] encode(ListSnapshot snapshot) {
        try {
            return Json.COMPACT.writeValueAsBytes(snapshot.entries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Screener get(String snapshotId, byte[] entries) {
        return PER_JVM.computeIfAbsent(snapshotId, id -> {
            try {
                List<ListEntry> list = Json.COMPACT.readValue(entries, new TypeReference<List<ListEntry>>() {});
                SnapshotInfo info = new SnapshotInfo(id, "", List.of(), Instant.EPOCH, Map.of(), false);
                return Screener.of(new ListSnapshot(info, list));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the broadcast list snapshot " + id, e);
            }
        });
    }
}
