package dev.licit.screening.list;

import java.util.List;
import java.util.Objects;

/** An immutable set of list entries together with where they came from. */
public record ListSnapshot(SnapshotInfo info, List<ListEntry> entries) {
    public ListSnapshot {
        Objects.requireNonNull(info, "info");
        // a prepared index's entries stay decoded on demand; any other list is copied, so none can change
        entries = entries instanceof OnDemandList<ListEntry> kept ? kept : List.copyOf(entries);
    }

    public String id() {
        return info.id();
    }
}
