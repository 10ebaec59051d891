package dev.licit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.screening.fetch.ListAgesJson;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.server.api.ScreeningSource;
import dev.licit.server.http.Json;
import dev.licit.server.lists.ListFreshness;
import dev.licit.server.lists.ListRefresher;
import dev.licit.server.lists.RefreshJson;
import dev.licit.store.LicitStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code /health} reports: whether the store answers a cheap read, whether its decision
 * journal can be written, whether writes have been failing, and the list snapshot in use (its age and
 * entries). A server whose store fails is alive ({@code /health/live}) but not ready
 * ({@code /health/ready}, 503), so a load balancer stops sending it orders it cannot record.
 */
final class Health {
    /** A check's outcome: up with what it saw, or down with why. */
    sealed interface Check permits Check.Up, Check.Down {
        ObjectNode details();

        record Up(ObjectNode details) implements Check {}

        record Down(String reason, ObjectNode details) implements Check {}
    }

    /** The whole report; ready when every check is up. */
    record Report(Check store, Check lists) {
        boolean ready() {
            return store instanceof Check.Up && lists instanceof Check.Up;
        }

        ObjectNode json() {
            ObjectNode o = Json.object().put("status", ready() ? "UP" : "DOWN");
            o.set("store", describe(store));
            o.set("lists", describe(lists));
            return o;
        }

        private static ObjectNode describe(Check c) {
            ObjectNode o = Json.object();
            switch (c) {
                case Check.Up up -> o.put("status", "UP").setAll(up.details());
                case Check.Down down ->
                    o.put("status", "DOWN").put("reason", down.reason()).setAll(down.details());
            }
            return o;
        }
    }

    /**
     * The outcome of the latest writes the server saw. A store can answer reads while every write
     * fails (a full disk, a database turned read-only): the read probe alone would say UP.
     */
    static final class WriteOutcomes {
        /** A failure counts against readiness for this long unless a write succeeds after it. */
        static final Duration REMEMBERED = Duration.ofMinutes(2);

        private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
        private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
        private final Clock clock;

        WriteOutcomes(Clock clock) {
            this.clock = clock;
        }

        void succeeded() {
            lastSuccess.set(clock.instant());
        }

        void failed() {
            lastFailure.set(clock.instant());
        }

        /** The time of a write failure not followed by a success, within the remembered window. */
        Optional<Instant> failing() {
            Instant failure = lastFailure.get();
            Instant success = lastSuccess.get();
            if (failure == null
                    || (success != null && success.isAfter(failure))
                    || failure.plus(REMEMBERED).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(failure);
        }
    }

    private final LicitStore store;
    private final ScreeningSource screening;
    private final WriteOutcomes writes;
    private final Clock clock;
    private final ListFreshness freshness;
    /** The scheduled fetch, or null when the server does not refresh its lists. */
    private final ListRefresher refresher;

    Health(
            LicitStore store,
            ScreeningSource screening,
            WriteOutcomes writes,
            Clock clock,
            ListFreshness freshness,
            ListRefresher refresher) {
        this.store = store;
        this.screening = screening;
        this.writes = writes;
        this.clock = clock;
        this.freshness = freshness;
        this.refresher = refresher;
    }

    Report check() {
        return new Report(storeCheck(), listsCheck());
    }

    private Check storeCheck() {
        ObjectNode d = Json.object();
        long start = System.nanoTime();
        try {
            store.audit().head(); // one row by primary key: cheap, and it goes through the pool and the database
        } catch (RuntimeException e) {
            return new Check.Down(
                    "the store does not answer a read (" + e.getClass().getSimpleName() + ")", d);
        }
        d.put("readMillis", (System.nanoTime() - start) / 1_000_000);
        // the decision journal sits beside an embedded H2 file (STORE.md); other databases commit durably themselves
        Optional<Path> journal = store.config().h2File().map(f -> f.resolveSibling(f.getFileName() + ".journal"));
        if (journal.isEmpty()) {
            d.put("journal", "none: each commit is made durable by the database");
        } else if (Files.isDirectory(journal.get()) && !Files.isWritable(journal.get())) {
            return new Check.Down("the decision journal directory is not writable", d.put("journal", "not writable"));
        } else {
            d.put("journal", "writable");
        }
        Optional<Instant> failing = writes.failing();
        if (failing.isPresent()) {
            return new Check.Down(
                    "the latest writes failed",
                    d.put("lastWriteFailure", failing.get().toString()));
        }
        return new Check.Up(d);
    }

    private Check listsCheck() {
        ObjectNode d = Json.object();
        SnapshotInfo info;
        try {
            info = screening.info();
        } catch (RuntimeException e) {
            return new Check.Down(
                    "the list snapshot cannot be read (" + e.getClass().getSimpleName() + ")", d);
        }
        d.put("snapshot", info.id()).put("entries", info.totalEntries());
        if (info.importedAt() != null) {
            d.put("importedAt", info.importedAt().toString())
                    .put(
                            "ageSeconds",
                            Duration.between(info.importedAt(), clock.instant()).toSeconds());
        }
        // a stale list is a warning, not a reason to leave the balancer: the server still decides, and every
        // decision carries the warning (taking all servers out at once would stop every order instead)
        try {
            ListAgesJson.write(freshness.of(info), d);
        } catch (RuntimeException e) {
            // the ages are a report on the lists, not their use: the snapshot itself still answers
            d.put("ages", "cannot be computed (" + e.getClass().getSimpleName() + ")");
        }
        d.put("refresh", refresher == null ? "off" : "on");
        if (refresher != null && refresher.last() != null) {
            d.set("lastRefresh", RefreshJson.of(refresher.last()));
        }
        return new Check.Up(d);
    }
}
