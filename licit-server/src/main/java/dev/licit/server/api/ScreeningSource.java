package dev.licit.server.api;

import dev.licit.core.decide.ListHit;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.Thresholds;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The screener over the home's current list snapshot, rebuilt when {@code licit lists import}
 * (from the CLI or the API) switches the snapshot, so an import takes effect in a running server.
 */
public final class ScreeningSource {
    /** @param pointer the current-pointer value it was built for (null: nothing imported, the curated list) */
    private record Current(String pointer, String snapshotId, Screener screener) {}

    private final ListStore store;
    private final AtomicReference<Current> current = new AtomicReference<>();

    /** @param clock what stamps an imported snapshot (the server's one clock) */
    public ScreeningSource(Path home, Clock clock) {
        this.store = new ListStore(home, clock);
    }

    public ListStore store() {
        return store;
    }

    /** The screener for the current snapshot (checked on every call: a cheap read of the pointer file). */
    public Screener screener() {
        try {
            // the pointer file is read on every call (cheap); the snapshot is loaded and indexed only when it moved
            String wanted = store.currentId().orElse(null);
            Current c = current.get();
            if (c != null && java.util.Objects.equals(c.pointer(), wanted)) {
                return c.screener();
            }
            synchronized (this) {
                c = current.get();
                if (c == null || !java.util.Objects.equals(c.pointer(), wanted)) {
                    Screener screener = ScreenerIndex.load(store, wanted, Thresholds.DEFAULT)
                            .screener();
                    c = new Current(wanted, screener.snapshot().id(), screener);
                    current.set(c);
                }
                return c.screener();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list snapshot", e);
        }
    }

    /** What the current snapshot is made of: its id, when it was imported, its entries per list. */
    public SnapshotInfo info() {
        return screener().snapshot().info();
    }

    public String snapshotId() {
        screener();
        return current.get().snapshotId();
    }

    public List<ListHit> screen(String name, String country) {
        List<ListHit> hits = new ArrayList<>();
        for (ScreeningMatch m : screener().screen(name, country)) {
            hits.add(m.toListHit());
        }
        return hits;
    }
}
