package dev.licit.server.api;

import dev.licit.core.decide.ListHit;
import dev.licit.screening.AffiliateGroups;
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
    private final java.util.concurrent.locks.ReentrantLock loading = new java.util.concurrent.locks.ReentrantLock();

    /** @param clock what stamps an imported snapshot (the server's one clock) */
    public ScreeningSource(Path home, Clock clock) {
        this.store = new ListStore(home, clock);
    }

    public ListStore store() {
        return store;
    }

    /**
     * The screener for the current snapshot (checked on every call: a cheap read of the pointer file).
     * While one thread loads a new snapshot, the others go on with the one in force: a switch never
     * makes a request wait for an index to load, nor fail.
     */
    public Screener screener() {
        try {
            // the pointer file is read on every call (cheap); the snapshot is loaded and indexed only when it moved
            String wanted = store.currentId().orElse(null);
            Current c = current.get();
            if (c != null && java.util.Objects.equals(c.pointer(), wanted)) {
                return c.screener();
            }
            if (c != null && !loading.tryLock()) {
                return c.screener(); // another request is loading the new snapshot
            }
            if (c == null) {
                loading.lock(); // nothing to serve yet: wait for the first load
            }
            try {
                c = current.get();
                if (c == null || !java.util.Objects.equals(c.pointer(), wanted)) {
                    Screener screener = ScreenerIndex.load(store, wanted, Thresholds.DEFAULT)
                            .screener();
                    c = new Current(wanted, screener.snapshot().id(), screener);
                    current.set(c);
                }
                return c.screener();
            } finally {
                loading.unlock();
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

    /** A name's hits with the snapshot they came from: read from one screener, so a switch between cannot mix them. */
    record Screened(String snapshotId, List<ListHit> hits, List<AffiliateGroups.Item> grouped) {}

    public Screened screen(String name, String country) {
        Screener s = screener();
        List<ScreeningMatch> matches = s.screen(name, country);
        List<ListHit> hits = new ArrayList<>();
        for (ScreeningMatch m : matches) {
            hits.add(m.toListHit());
        }
        return new Screened(s.snapshot().id(), hits, AffiliateGroups.of(matches));
    }
}
