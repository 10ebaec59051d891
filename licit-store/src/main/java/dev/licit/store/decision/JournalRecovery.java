package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreException;
import dev.licit.store.internal.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the journals of processes that stopped without a last checkpoint: every journaled
 * decision the database lacks is written again, exactly as it was first written (same rows, same
 * audit time), then a checkpoint makes it durable and the segment is deleted. A decision the
 * database already has is skipped, so a replay can be cut short and run again. The replay itself
 * goes into the audit trail ({@code journal.replayed}).
 */
final class JournalRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    private JournalRecovery() {}

    /** Replays every orphaned segment in {@code dir}; returns how many decisions were restored. */
    static int replay(Database db, Path dir, GroupCommitter.BatchWriter writer, Clock clock) {
        int restored = 0;
        List<DecisionJournal.Segment> orphans;
        try {
            orphans = DecisionJournal.orphans(dir);
        } catch (IOException e) {
            throw new StoreException("cannot read the decision journal in " + dir + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < orphans.size(); i++) {
            DecisionJournal.Segment segment = orphans.get(i);
            try {
                restored += replay(db, segment, writer, clock);
            } catch (IOException | RuntimeException e) {
                orphans.subList(i, orphans.size()).forEach(JournalRecovery::closeQuietly);
                throw new StoreException(
                        "cannot replay the decision journal " + segment.path + ": " + e.getMessage()
                                + " (the file is kept; nothing was deleted)",
                        e);
            }
        }
        return restored;
    }

    private static int replay(
            Database db, DecisionJournal.Segment segment, GroupCommitter.BatchWriter writer, Clock clock)
            throws IOException {
        return secure(db, segment, writer, clock);
    }

    /** How often {@link #secure} writes missing decisions again before it gives up and keeps the segment. */
    private static final int ATTEMPTS = 5;

    /**
     * Makes sure every decision a segment holds is in the database <em>and on its disk</em>, writing
     * again the ones that are missing, and only then deletes the segment (or sets it aside when it
     * is damaged). Returns how many decisions had to be written again.
     *
     * <p>Why the check comes after the checkpoint: with {@code AUTO_SERVER} the database may be
     * hosted by another process, and when that process dies the connections reconnect to a new
     * host that loaded the file as it was on disk. A checkpoint can therefore run on a host that
     * never saw the rows a segment vouches for; deleting the segment then would lose acknowledged
     * decisions. Rows found present after a {@code CHECKPOINT SYNC} are on disk: either that
     * checkpoint wrote them, or a new host loaded them from the file. Rows missing are written
     * again and the round repeats.
     */
    static int secure(Database db, DecisionJournal.Segment segment, GroupCommitter.BatchWriter writer, Clock clock)
            throws IOException {
        DecisionJournal.Contents contents = DecisionJournal.read(segment);
        if (contents.damage() == null && allOnDisk(db, contents)) {
            // the usual case, a segment of this process whose groups were all committed: nothing to
            // write again, so the documents are not decoded (the same check as below: present after a sync)
            segment.discard();
            DecisionJournal.syncDirectory(segment.path.getParent());
            return 0;
        }
        List<JournalCodec.Group> groups = new java.util.ArrayList<>();
        for (byte[] record : contents.records()) {
            groups.add(JournalCodec.decode(record));
        }
        int total = groups.stream().mapToInt(g -> g.decisions().size()).sum();
        int restored = 0;
        int alreadyPresent = -1;
        for (int attempt = 1; ; attempt++) {
            int written = writeMissing(db, groups, writer);
            if (alreadyPresent < 0) {
                alreadyPresent = total - written;
            }
            restored += written;
            db.sync();
            if (missing(db, groups) == 0) {
                break;
            }
            if (attempt == ATTEMPTS) {
                throw new IOException(missing(db, groups)
                        + " decision(s) of the segment are still not in the database after " + ATTEMPTS + " attempts");
            }
        }
        String file = segment.path.getFileName().toString();
        if (restored > 0 || contents.damage() != null) {
            int restoredCount = restored;
            int presentCount = alreadyPresent;
            db.write(h -> {
                ObjectNode p = Json.object();
                p.put("segment", file);
                p.put("restored", restoredCount);
                p.put("alreadyPresent", presentCount);
                if (contents.damage() != null) {
                    p.put("damage", contents.damage());
                }
                AuditWriter audit = AuditWriter.begin(h, clock.instant());
                audit.append(Actor.SYSTEM, "journal.replayed", "journal", p);
                audit.finish();
                return null;
            });
        }
        if (contents.damage() != null) {
            Path aside = DecisionJournal.setAside(segment);
            LOG.error(
                    "decision journal {} is damaged: {}; {} decision(s) before the damage were restored; the file is"
                            + " kept as {} for inspection",
                    file,
                    contents.damage(),
                    restored,
                    aside);
        } else {
            segment.discard();
            if (restored > 0) {
                LOG.warn(
                        "restored {} decision(s) from the journal {}: the database had lost them (a process that stopped"
                                + " without a last checkpoint, or a database host that died)",
                        restored,
                        file);
            }
        }
        DecisionJournal.syncDirectory(segment.path.getParent());
        return restored;
    }

    /** How many ids one query asks about. */
    private static final int IDS_PER_QUERY = 500;

    /** After a checkpoint, whether the database holds every decision of the segment (read by id only). */
    private static boolean allOnDisk(Database db, DecisionJournal.Contents contents) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        for (byte[] record : contents.records()) {
            ids.addAll(JournalCodec.ids(record));
        }
        db.sync();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            if (presentIds(db, chunk).size() < new HashSet<>(chunk).size()) {
                return false;
            }
        }
        return true;
    }

    /** Writes again, group by group and exactly as first written, the decisions the database lacks; returns how many. */
    private static int writeMissing(Database db, List<JournalCodec.Group> groups, GroupCommitter.BatchWriter writer) {
        int written = 0;
        for (JournalCodec.Group group : groups) {
            Set<String> present = present(db, group.decisions());
            List<PreparedDecision> missing = group.decisions().stream()
                    .filter(d -> !present.contains(d.id()))
                    .toList();
            if (!missing.isEmpty()) {
                db.commit(h -> writer.write(h, missing, group.at()));
                written += missing.size();
            }
        }
        return written;
    }

    private static int missing(Database db, List<JournalCodec.Group> groups) {
        int missing = 0;
        for (JournalCodec.Group group : groups) {
            missing += group.decisions().size() - present(db, group.decisions()).size();
        }
        return missing;
    }

    private static Set<String> present(Database db, List<PreparedDecision> decisions) {
        return presentIds(db, decisions.stream().map(PreparedDecision::id).toList());
    }

    private static Set<String> presentIds(Database db, List<String> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return db.read(h -> new HashSet<>(h.createQuery("SELECT id FROM decision WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .mapTo(String.class)
                .list()));
    }

    private static void closeQuietly(DecisionJournal.Segment segment) {
        try {
            segment.release();
        } catch (IOException ignored) {
            // closing releases the lock; the process exit would too
        }
    }
}
