package dev.licit.store.decision;

import dev.licit.store.StoreException;
import dev.licit.store.internal.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Group commit for decisions. Callers hand in prepared decisions and wait on a future; one writer
 * thread takes whatever is queued (up to {@value #MAX_BATCH}), writes it in one transaction with
 * one lock of the audit head, commits, makes the commit durable, and only then completes the
 * futures. A decision is therefore never acknowledged before it is on disk, and under load many
 * decisions share one commit and one fsync.
 *
 * <p>When a group fails, each of its decisions is retried alone, so one bad decision cannot fail
 * the others; a decision that fails alone fails its own future and leaves nothing behind (its
 * transaction rolls back). Thread-safe.
 */
final class GroupCommitter implements AutoCloseable {
    static final int MAX_BATCH = 256;

    private record Pending(PreparedDecision decision, CompletableFuture<StoredDecision> done) {
    }

    private final Database db;
    private final BatchWriter writer;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Consumer<List<String>> beforeCommit = ids -> { };

    /** Writes one group inside an open transaction; returns the case id each decision opened. */
    interface BatchWriter {
        Map<String, Long> write(org.jdbi.v3.core.Handle handle, List<PreparedDecision> batch);
    }

    GroupCommitter(Database db, BatchWriter writer) {
        this.db = db;
        this.writer = writer;
        this.thread = Thread.ofPlatform().name("licit-group-commit").daemon(true).start(this::run);
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
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
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
        Map<String, Long> caseIds;
        try {
            caseIds = db.write(h -> {
                Map<String, Long> ids = writer.write(h, decisions);
                beforeCommit.accept(decisions.stream().map(PreparedDecision::id).toList());
                return ids;
            });
        } catch (RuntimeException e) {
            if (retryAlone && batch.size() > 1) {
                for (Pending p : batch) {
                    commit(List.of(p), false);
                }
            } else {
                StoreException failure = new StoreException("decision " + batch.get(0).decision().id()
                        + " was not recorded: " + e.getMessage(), e);
                batch.forEach(p -> p.done().completeExceptionally(failure));
            }
            return;
        }
        // committed and durable: now, and only now, acknowledge
        for (Pending p : batch) {
            PreparedDecision d = p.decision();
            p.done().complete(new StoredDecision(d.id(), d.orderId(), d.verdict(), d.decidedAt(), d.actor().name(),
                    d.listSnapshot(), d.rulebookSha256(), d.document(), caseIds.get(d.id())));
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending p;
        while ((p = queue.poll()) != null) {
            p.done().completeExceptionally(new IllegalStateException("the store closed before the decision was written"));
        }
    }
}
