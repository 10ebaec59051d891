package dev.licit.store.ownership;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.time.Today;
import dev.licit.screening.ownership.OwnershipImporter;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.LinkDigest;
import dev.licit.store.internal.OwnershipRows;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Ownership graphs as imported snapshots. {@link #importLinks} writes a new snapshot and makes it
 * current in one transaction with its audit event (nothing half-written); {@link #graph} is the
 * current snapshot's graph, kept in memory and looked up again at most once a second, so a check can
 * ask for it every time. Thread-safe.
 *
 * <p>The shrink guard: a file cut short by mistake would silently take every owner it left out off
 * the graph, and the parties they own would pass screening. So a replacing import that drops more
 * than {@value #MAX_DROP_PERCENT} % of the current owner-owned pairs is refused unless the caller
 * accepts it ({@code --replace}/{@code --accept-shrink}); {@link Mode#ADD} adds to the current snapshot.
 */
public final class OwnershipStore {
    /** How a new import relates to the current snapshot. */
    public enum Mode {
        /** The new files are the whole graph. */
        REPLACE,
        /** The new links are added to the current snapshot's. */
        ADD
    }

    /** The share of current pairs a replacing import may drop without being told it is meant. */
    public static final int MAX_DROP_PERCENT = 20;

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private record Cached(String snapshotId, OwnershipGraph graph, long checkedAt) {}

    private final Database db;
    private final Clock clock;
    private volatile Cached cached;
    /** Where the current graph's index is built when a snapshot is loaded; null: by the lookups (see {@link #graphOf}). */
    private volatile Executor indexBuilder;

    public OwnershipStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores {@code links} as a new snapshot and makes it current.
     *
     * @param acceptShrink replace even when the new snapshot drops more than {@value #MAX_DROP_PERCENT} % of the current pairs
     * @throws StoreInputException when the shrink guard refuses the import (nothing written)
     */
    public ImportOutcome importLinks(
            List<OwnershipLink> links,
            List<OwnershipImporter.Source> sources,
            Mode mode,
            boolean acceptShrink,
            Actor actor) {
        for (OwnershipLink l : links) {
            // the columns' sizes: refused here with the link named, not as a database failure
            if (l.owner().length() > 1000
                    || l.owned().length() > 1000
                    || l.source().length() > 2000) {
                throw new StoreInputException("ownership link " + l.source() + ": a name longer than 1,000 characters"
                        + " or a source longer than 2,000 (nothing was imported)");
            }
        }
        Imported imported = db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            Optional<OwnershipSnapshot> current = current(h);
            List<OwnershipLink> before = current.map(c -> links(h, c.id())).orElse(List.of());
            List<OwnershipLink> all;
            if (mode == Mode.ADD) {
                LinkedHashSet<OwnershipLink> merged = new LinkedHashSet<>(before);
                merged.addAll(links);
                all = new ArrayList<>(merged);
            } else {
                all = List.copyOf(new LinkedHashSet<>(links));
            }
            Set<String> was = pairs(before);
            Set<String> now = pairs(all);
            int dropped = (int) was.stream().filter(p -> !now.contains(p)).count();
            int added = (int) now.stream().filter(p -> !was.contains(p)).count();
            if (mode == Mode.REPLACE
                    && !acceptShrink
                    && !was.isEmpty()
                    && dropped * 100L > MAX_DROP_PERCENT * (long) was.size()) {
                throw new StoreInputException(String.format(
                        Locale.ROOT,
                        "the import drops %,d of the %,d owner-owned pairs of the current ownership snapshot %s"
                                + " (%.1f %%, more than %d %%); to add these files to it use --add, to replace it use"
                                + " --replace (nothing was imported)",
                        dropped,
                        was.size(),
                        current.get().id(),
                        100.0 * dropped / was.size(),
                        MAX_DROP_PERCENT));
            }
            LinkDigest digest = new LinkDigest();
            all.forEach(digest::add);
            String sha = digest.hex();
            String at = audit.recordedAt();
            String previous = current.map(OwnershipSnapshot::id).orElse(null);
            String id = "own-"
                    + dev.licit.screening.imports.ListImporter.sha256(sha + "|" + at + "|" + previous)
                            .substring(0, 12);
            insert(h, id, all);
            ArrayNode src = Json.COMPACT.valueToTree(sources);
            h.createUpdate("INSERT INTO ownership_import (snapshot_id, previous_snapshot, mode, imported_at, actor,"
                            + " sources, links, links_sha256) VALUES (:id, :p, :m, :at, :by, :src, :n, :sha)")
                    .bind("id", id)
                    .bind("p", previous)
                    .bind("m", mode.name())
                    .bind("at", at)
                    .bind("by", actor.name())
                    .bind("src", Json.compact(src))
                    .bind("n", all.size())
                    .bind("sha", sha)
                    .execute();
            ObjectNode p = Json.object();
            p.put("snapshot", id);
            p.put("previousSnapshot", previous);
            p.put("mode", mode.name());
            p.put("links", all.size());
            p.put("linksSha256", sha);
            p.put("previousLinks", before.size());
            p.put("pairsAdded", added);
            p.put("pairsDropped", dropped);
            p.put("acceptShrink", acceptShrink);
            p.set("sources", src);
            audit.append(actor, "ownership.import", "ownership:" + id, p);
            audit.finish();
            OwnershipSnapshot s = new OwnershipSnapshot(id, previous, mode, at, actor.name(), sources, all.size(), sha);
            return new Imported(new ImportOutcome(s, before.size(), added, dropped), all);
        });
        // cached only once the commit succeeded: a commit that fails must not leave a graph served that
        // the database does not hold
        cached = new Cached(imported.outcome().snapshot().id(), graphOf(imported.links()), System.nanoTime());
        return imported.outcome();
    }

    /** What a committed import wrote: its outcome and the snapshot's links, to cache after the commit. */
    private record Imported(ImportOutcome outcome, List<OwnershipLink> links) {}

    /**
     * Builds the index of each graph this store loads on {@code builder}, starting when the snapshot is
     * loaded or imported (for today's date), instead of on the request that makes the 65th lookup: a
     * server holds the store for long and must not make one request pay seconds for millions of links.
     * Until the index is ready, lookups walk the graph in full, with the same answers. The current graph,
     * if one is loaded, is loaded again with the builder. The store starts no thread: the caller owns
     * {@code builder} and stops it.
     */
    public void buildIndexesOn(Executor builder) {
        this.indexBuilder = java.util.Objects.requireNonNull(builder, "builder");
        cached = null; // the next graph() loads the current snapshot with the builder
    }

    /**
     * A loaded snapshot's graph: with the index builder, its index for today is asked for at once; without
     * one (the CLI: a one-shot {@code check} of a few parties would pay for an index it never uses), it is
     * built on the 65th lookup as {@link OwnershipGraph#of(java.util.Collection)} does.
     */
    private OwnershipGraph graphOf(List<OwnershipLink> links) {
        Executor builder = indexBuilder;
        if (builder == null) {
            return OwnershipGraph.of(links);
        }
        OwnershipGraph g = OwnershipGraph.of(links, builder);
        g.requestIndex(Today.utc(clock));
        return g;
    }

    /** The current snapshot's graph ({@link OwnershipGraph#EMPTY} when nothing was imported). */
    public OwnershipGraph graph() {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && now - c.checkedAt() < RECHECK_NANOS) {
            return c.graph();
        }
        String id = db.read(h -> currentId(h).orElse(null));
        if (c != null && java.util.Objects.equals(id, c.snapshotId())) {
            cached = new Cached(id, c.graph(), now);
            return c.graph();
        }
        OwnershipGraph g = id == null ? OwnershipGraph.EMPTY : graphOf(db.read(h -> links(h, id)));
        cached = new Cached(id, g, now);
        return g;
    }

    /**
     * The graph of one stored snapshot: the cached graph when it is that snapshot's (a snapshot's links
     * never change once committed, so the answers are the same without reading them again).
     */
    public Optional<OwnershipGraph> graph(String snapshotId) {
        Cached c = cached;
        if (c != null && c.snapshotId() != null && c.snapshotId().equals(snapshotId)) {
            return Optional.of(c.graph());
        }
        return db.read(h -> snapshot(h, snapshotId).map(s -> OwnershipGraph.of(links(h, s.id()))));
    }

    /** The current snapshot, empty when nothing was imported. */
    public Optional<OwnershipSnapshot> current() {
        return db.read(OwnershipStore::current);
    }

    /** Every snapshot, newest first. */
    public List<OwnershipSnapshot> list() {
        return db.read(h -> h.createQuery("SELECT * FROM ownership_import ORDER BY seq DESC")
                .map((rs, ctx) -> snapshot(rs))
                .list());
    }

    private static Optional<OwnershipSnapshot> current(Handle h) {
        return h.createQuery("SELECT * FROM ownership_import ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> snapshot(rs))
                .findOne();
    }

    private static Optional<String> currentId(Handle h) {
        return h.createQuery("SELECT snapshot_id FROM ownership_import ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .mapTo(String.class)
                .findOne();
    }

    private static Optional<OwnershipSnapshot> snapshot(Handle h, String id) {
        return h.createQuery("SELECT * FROM ownership_import WHERE snapshot_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> snapshot(rs))
                .findOne();
    }

    private static OwnershipSnapshot snapshot(ResultSet rs) throws SQLException {
        List<OwnershipImporter.Source> sources = new ArrayList<>();
        for (var n : Json.readStored(rs.getString("sources"))) {
            sources.add(new OwnershipImporter.Source(
                    n.path("file").asText(),
                    n.path("format").asText(),
                    n.path("sha256").asText(),
                    n.path("links").asInt()));
        }
        return new OwnershipSnapshot(
                rs.getString("snapshot_id"),
                rs.getString("previous_snapshot"),
                Mode.valueOf(rs.getString("mode")),
                rs.getString("imported_at"),
                rs.getString("actor"),
                sources,
                rs.getInt("links"),
                rs.getString("links_sha256"));
    }

    /** The links of a snapshot in import order (verification reads them the same way). */
    static List<OwnershipLink> links(Handle h, String snapshotId) {
        return h.createQuery(OwnershipRows.SELECT)
                .bind("id", snapshotId)
                .setFetchSize(5000)
                .map((rs, ctx) -> OwnershipRows.link(rs))
                .list();
    }

    private static void insert(Handle h, String id, List<OwnershipLink> links) {
        PreparedBatch batch = null;
        for (int i = 0; i < links.size(); i++) {
            if (batch == null) {
                batch = h.prepareBatch("INSERT INTO ownership_link (snapshot_id, idx, owner_name, owner_country,"
                        + " owned_name, owned_country, percent, start_date, end_date, source) VALUES (:s, :i, :o, :oc,"
                        + " :d, :dc, :p, :sd, :ed, :src)");
            }
            OwnershipLink l = links.get(i);
            batch.bind("s", id)
                    .bind("i", i)
                    .bind("o", l.owner())
                    .bind("oc", l.ownerCountry())
                    .bind("d", l.owned())
                    .bind("dc", l.ownedCountry())
                    .bindBySqlType("p", l.percent(), Types.DOUBLE)
                    .bindBySqlType("sd", l.startDate() == null ? null : Date.valueOf(l.startDate()), Types.DATE)
                    .bindBySqlType("ed", l.endDate() == null ? null : Date.valueOf(l.endDate()), Types.DATE)
                    .bind("src", l.source())
                    .add();
            if (batch.size() >= 1000) {
                batch.execute();
                batch = null;
            }
        }
        if (batch != null) {
            batch.execute();
        }
    }

    private static Set<String> pairs(List<OwnershipLink> links) {
        Set<String> out = new HashSet<>();
        for (OwnershipLink l : links) {
            out.add(OwnershipGraph.key(l.owner()) + "\u001f" + OwnershipGraph.key(l.owned()));
        }
        return out;
    }
}
