package dev.licit.server.lists;

import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.list.SnapshotInfo;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Prometheus gauges per list file of the snapshot in force, tagged {@code list=FILE}:
 * {@code licit_lists_age_seconds} (since last confirmed current), {@code licit_lists_confirmed_timestamp_seconds}
 * (the last successful fetch or check, as a Unix time), {@code licit_lists_stale} (1 when older than the
 * limit) and {@code licit_lists_fetch_failing} (1 when its source's last fetch failed after its last success).
 * A file that left the snapshot reads NaN, which Prometheus drops from its alerts.
 */
public final class ListMetrics {
    private final MeterRegistry registry;
    private final Supplier<SnapshotInfo> snapshot;
    private final ListFreshness freshness;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public ListMetrics(MeterRegistry registry, Supplier<SnapshotInfo> snapshot, ListFreshness freshness) {
        this.registry = registry;
        this.snapshot = snapshot;
        this.freshness = freshness;
    }

    /** Registers the gauges of files new in the snapshot (called before each scrape: an import may add one). */
    public void registerCurrent() {
        for (SnapshotInfo.Source s : snapshot.get().sources()) {
            if (registered.add(s.file())) {
                String file = s.file();
                gauge(
                        "licit.lists.age.seconds",
                        "seconds since the list was last confirmed current",
                        file,
                        a -> a.age().toSeconds());
                gauge(
                        "licit.lists.confirmed.timestamp.seconds",
                        "when the list was last fetched or found unchanged (Unix time)",
                        file,
                        a -> a.confirmedAt().getEpochSecond());
                gauge("licit.lists.stale", "1 when the list is older than the age limit", file, a -> a.stale() ? 1 : 0);
                gauge(
                        "licit.lists.fetch.failing",
                        "1 when the list's last fetch failed after its last success",
                        file,
                        a -> a.lastError() == null ? 0 : 1);
            }
        }
    }

    private void gauge(String name, String description, String file, ToDoubleFunction<ListAges.ListAge> value) {
        Gauge.builder(name, () -> {
                    for (ListAges.ListAge a : freshness.of(snapshot.get()).lists()) {
                        if (a.file().equals(file)) {
                            return value.applyAsDouble(a);
                        }
                    }
                    return Double.NaN;
                })
                .description(description)
                .tag("list", file)
                .strongReference(true)
                .register(registry);
    }
}
