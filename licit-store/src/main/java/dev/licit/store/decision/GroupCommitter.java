package dev.licit.store.decision;

import dev.licit.store.common.StoreException;
import dev.licit.store.internal.Database;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for decisions. Callers hand in prepared decisions and wait on a future; one writer
 * thread takes whatever is queued (up to {@value #MAX_BATCH}), writes it in one transaction with
 * one lock of the audit head, commits, makes the commit durable, and only then completes the
 * futures. A decision is therefore never acknowledged before it is on disk, and under load many
 * decisions share one commit and one fsync.
 *
 * <p>How a commit is made durable: with a {@link DecisionJournal} (embedded H2), by appending the
 * group to the journal, unless a write of this process that is not journaled might still be in
 * flight (see {@link Database#quiet()}), in which case by a checkpoint; a second thread checkpoints
 * H2 every {@link #CHECKPOINT_INTERVAL} and drops the journal segments that checkpoint covers.
 * Without a journal (PostgreSQL, which is durable at commit), by the database itself.
 *
 * <p>When a group fails, each of its decisions is retried alone, so one bad decision cannot fail
 * the others; a decision that fails alone fails its own future and leaves nothing behind (its
 * transaction rolls back). Thread-safe.
 */
final class GroupCommitter implements AutoCloseable {
    static final int MAX_BATCH = 256;
    /**
     * How often H2 is checkpointed while decisions are journaled: bounds the journal and a replay.
     * System property {@value #CHECKPOINT_PROPERTY} (milliseconds) overrides it.
     */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(1);

    static final String CHECKPOINT_PROPERTY = "licit.journal.checkpointMillis";
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private record Pending(PreparedDecision decision, CompletableFuture<StoredDecision> done) {}

    /** Queued by {@link #close()} to wake the idle writer at once; not a decision. */
    private static final Pending WAKE = new Pending(null, null);

    private final Database db;
    private final Clock clock;
    private final BatchWriter writer;
    private final DecisionJournal journal;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Thread checkpointer;
    private final long checkpointMillis = Long.getLong(CHECKPOINT_PROPERTY, CHECKPOINT_INTERVAL.toMillis());
    /** Sealed journal segments waiting for a checkpoint to cover them (checkpointer thread only). */
    private final List<DecisionJournal.Segment> sealed = new ArrayList<>();

    private final CountDownLatch stopCheckpoints = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Consumer<List<String>> beforeCommit = ids -> {};

    /** Writes one group inside an open transaction, its audit events stamped {@code at}; returns the case id each decision opened. */
    interface BatchWriter {
        Map<String, Long> write(Handle handle, List<PreparedDecision> batch, Instant at);
    }

    /** @param journal where commits are made durable, or null to have the database make each one durable */
    GroupCommitter(Database db, Clock clock, BatchWriter writer, DecisionJournal journal) {
        this.db = db;
        this.clock = clock;
        this.writer = writer;
        this.journal = journal;
        this.thread =
                Thread.ofPlatform().name("licit-group-commit").daemon(true).start(this::run);
        this.checkpointer = journal == null
                ? null
                : Thread.ofPlatform()
                        .name("licit-journal-checkpoint")
                        .daemon(true)
                        .start(this::checkpointLoop);
    }

    CompletableFuture<StoredDecision> submit(PreparedDecision d) {
        CompletableFuture<StoredDecision> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new IllegalStateException("the store is closed"));
            return f;
        }
        queue.add(new Pending(d, f));
        return f;
    }

    /** Test hook: runs inside each group's transaction, after its writes and before its commit. */
    void beforeCommit(Consumer<List<String>> hook) {
        this.beforeCommit = hook;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                // waits for work without a timeout: close() wakes it (a timed poll made every close wait it out)
                Pending first = queue.take();
                if (first == WAKE) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                batch.removeIf(p -> p == WAKE);
                commit(batch, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable t) {
                // never let the writer die with callers waiting
                batch.forEach(p -> p.done().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch, boolean retryAlone) {
        List<PreparedDecision> decisions = batch.stream().map(Pending::decision).toList();
        Instant at = clock.instant();
        boolean journaled = journal != null && journal.usable();
        HandleCallback<Map<String, Long>, RuntimeException> work = h -> {
            Map<String, Long> ids = writer.write(h, decisions, at);
            beforeCommit.accept(decisions.stream().map(PreparedDecision::id).toList());
            return ids;
        };
        Map<String, Long> caseIds;
        try {
            caseIds = journaled ? db.commit(work) : db.write(work);
        } catch (RuntimeException e) {
            if (retryAlone && batch.size() > 1) {
                for (Pending p : batch) {
                    commit(List.of(p), false);
                }
            } else {
                StoreException failure = new StoreException(
                        "decision " + batch.get(0).decision().id() + " was not recorded: " + e.getMessage(), e);
                batch.forEach(p -> p.done().completeExceptionally(failure));
            }
            return;
        }
        if (journaled) {
            try {
                makeDurable(decisions, at);
            } catch (RuntimeException e) {
                StoreException failure = new StoreException(
                        "decision " + decisions.get(0).id()
                                + " was committed but could not be made durable; it may be lost if the process stops now: "
                                + e.getMessage(),
                        e);
                batch.forEach(p -> p.done().completeExceptionally(failure));
                return;
            }
        }
        // committed and durable: now, and only now, acknowledge
        for (Pending p : batch) {
            PreparedDecision d = p.decision();
            p.done()
                    .complete(new StoredDecision(
                            d.id(),
                            d.orderId(),
                            d.verdict(),
                            d.decidedAt(),
                            d.actor().name(),
                            d.listSnapshot(),
                            d.rulebookSha256(),
                            d.document().text(),
                            caseIds.get(d.id()),
                            d.authorization()));
        }
    }

    /** Journals a committed group; falls back to a checkpoint when the journal cannot vouch for it alone. */
    private void makeDurable(List<PreparedDecision> decisions, Instant at) {
        if (db.quiet()) {
            try {
                journal.append(JournalCodec.encode(at, decisions));
                return;
            } catch (IOException e) {
                LOG.warn(
                        "the decision journal in {} failed ({}); until its next segment, decisions are made durable by a"
                                + " checkpoint each",
                        journal.dir(),
                        e.toString());
            }
        }
        db.sync();
    }

    private void checkpointLoop() {
        try {
            // a latch, not an interrupt, ends the wait: an interrupt inside H2's file I/O would close its file
            while (!stopCheckpoints.await(checkpointMillis, TimeUnit.MILLISECONDS)) {
                checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Seals the journal's segment, checkpoints H2, and drops every sealed segment once its decisions
     * are found on disk (see {@link JournalRecovery#secure}); then adopts the segments of processes
     * that died meanwhile, so that their acknowledged decisions do not wait for the next start.
     */
    private void checkpoint() {
        try {
            DecisionJournal.Segment s = journal.rotate();
            if (s != null) {
                sealed.add(s);
            }
            secureSealed();
        } catch (IOException | RuntimeException e) {
            // the segments stay until a checkpoint succeeds, or for replay after a restart
            LOG.warn("journal checkpoint failed, will retry: {}", e.toString());
        }
        try {
            JournalRecovery.replay(db, journal.dir(), writer, clock);
        } catch (RuntimeException e) {
            LOG.warn("cannot replay the journal of a stopped process now, will retry: {}", e.toString());
        }
    }

    /** Checks every sealed segment against the database (writing again what it lost), then deletes it. */
    private void secureSealed() throws IOException {
        for (var it = sealed.iterator(); it.hasNext(); ) {
            JournalRecovery.secure(db, it.next(), writer, clock);
            it.remove();
        }
    }

    /** H2's error 90121: the database was closed by the JVM's shutdown. */
    private static boolean closedAtShutdown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90121) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        queue.add(WAKE);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            if (checkpointer != null) {
                stopCheckpoints.countDown(); // close() makes the last checkpoint
                checkpointer.join(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending p;
        while ((p = queue.poll()) != null) {
            if (p == WAKE) {
                continue;
            }
            p.done()
                    .completeExceptionally(
                            new IllegalStateException("the store closed before the decision was written"));
        }
        if (journal != null) {
            closeJournal();
        }
    }

    /** A last checkpoint, then the journal goes; if the checkpoint fails, the journal stays for replay. */
    private void closeJournal() {
        try {
            DecisionJournal.Segment last = journal.rotate();
            if (last != null) {
                sealed.add(last);
            }
            secureSealed();
            journal.discardActive();
        } catch (IOException | RuntimeException e) {
            if (closedAtShutdown(e)) {
                // H2's own shutdown hook closed the database first (AUTO_SERVER rules out turning it off)
                LOG.info(
                        "the database closed before the store at JVM shutdown; the decision journal in {} is kept and"
                                + " checked on the next start",
                        journal.dir());
            } else {
                LOG.warn(
                        "the last checkpoint failed ({}); the decision journal in {} is kept and replayed on the next start",
                        e.toString(),
                        journal.dir());
            }
            for (DecisionJournal.Segment s : sealed) {
                try {
                    s.release();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            }
            try {
                journal.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }
}
