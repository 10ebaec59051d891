package dev.licit.server;

import dev.licit.core.decide.ListHit;
import dev.licit.screening.ListSnapshot;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The screener over the home's current list snapshot, rebuilt when {@code licit lists import}
 * (from the CLI or the API) switches the snapshot, so an import takes effect in a running server.
 */
public final class ScreeningSource {
    private record Current(String snapshotId, Screener screener) {
    }

    private final ListStore store;
    private final AtomicReference<Current> current = new AtomicReference<>();

    public ScreeningSource(Path home) {
        this.store = new ListStore(home);
    }

    public ListStore store() {
        return store;
    }

    /** The screener for the current snapshot (checked on every call: a cheap read of the pointer file). */
    public Screener screener() {
        try {
            Optional<String> id = store.currentId();
            Current c = current.get();
            String wanted = id.orElse(null);
            if (c != null && java.util.Objects.equals(c.snapshotId(), wanted == null ? ListStore.curated().id() : wanted)) {
                return c.screener();
            }
            synchronized (this) {
                c = current.get();
                ListSnapshot snapshot = store.current();
                if (c == null || !c.snapshotId().equals(snapshot.id())) {
                    c = new Current(snapshot.id(), Screener.of(snapshot));
                    current.set(c);
                }
                return c.screener();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list snapshot", e);
        }
    }

    public String snapshotId() {
        screener();
        return current.get().snapshotId();
    }

    public List<ListHit> screen(String name, String country) {
        List<ListHit> hits = new ArrayList<>();
        for (ScreeningMatch m : screener().screen(name, country)) {
            hits.add(new ListHit(m.list(), m.entryId(), m.listedName(), m.matchedAlias(), m.score(), m.band().name(),
                    m.licenseRequirement(), m.licensePolicy(), m.federalRegisterNotice()));
        }
        return hits;
    }
}
