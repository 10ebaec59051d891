package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.store.Actor;
import dev.licit.store.StoreException;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Json;
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

    private JournalRecovery() {
    }

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
                throw new StoreException("cannot replay the decision journal " + segment.path + ": " + e.getMessage()
                        + " (the file is kept; nothing was deleted)", e);
            }
        }
        return restored;
    }

    private static int replay(Database db, DecisionJournal.Segment segment, GroupCommitter.BatchWriter writer,
                              Clock clock) throws IOException {
        DecisionJournal.Contents contents = DecisionJournal.read(segment);
        int restored = 0;
        int skipped = 0;
        for (byte[] record : contents.records()) {
            JournalCodec.Group group = JournalCodec.decode(record);
            Set<String> present = present(db, group.decisions());
            List<PreparedDecision> missing = group.decisions().stream().filter(d -> !present.contains(d.id())).toList();
            skipped += group.decisions().size() - missing.size();
            if (!missing.isEmpty()) {
                db.commit(h -> writer.write(h, missing, group.at()));
                restored += missing.size();
            }
        }
        String file = segment.path.getFileName().toString();
        int total = restored;
        int already = skipped;
        if (restored > 0 || contents.damage() != null) {
            db.write(h -> {
                ObjectNode p = Json.object();
                p.put("segment", file);
                p.put("restored", total);
                p.put("alreadyPresent", already);
                if (contents.damage() != null) {
                    p.put("damage", contents.damage());
                }
                AuditWriter audit = AuditWriter.begin(h, clock.instant());
                audit.append(Actor.SYSTEM, "journal.replayed", "journal", p);
                audit.finish();
                return null;
            });
        } else {
            db.sync();
        }
        if (contents.damage() != null) {
            Path aside = DecisionJournal.setAside(segment);
            LOG.error("decision journal {} is damaged: {}; {} decision(s) before the damage were restored; the file is"
                    + " kept as {} for inspection", file, contents.damage(), restored, aside);
        } else {
            segment.discard();
            if (restored > 0) {
                LOG.warn("restored {} decision(s) from the journal {} of a process that stopped without a last checkpoint",
                        restored, file);
            }
        }
        DecisionJournal.syncDirectory(segment.path.getParent());
        return restored;
    }

    private static Set<String> present(Database db, List<PreparedDecision> decisions) {
        List<String> ids = decisions.stream().map(PreparedDecision::id).toList();
        return db.read(h -> new HashSet<>(h.createQuery("SELECT id FROM decision WHERE id IN (<ids>)")
                .bindList("ids", ids).mapTo(String.class).list()));
    }

    private static void closeQuietly(DecisionJournal.Segment segment) {
        try {
            segment.release();
        } catch (IOException ignored) {
            // closing releases the lock; the process exit would too
        }
    }
}
