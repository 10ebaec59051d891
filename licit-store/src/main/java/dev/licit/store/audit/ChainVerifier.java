package dev.licit.store.audit;

import dev.licit.store.common.AuditKey;

/**
 * Walks audit rows in seq order and stops at the first that breaks the chain: a gap in seq (a row
 * deleted), a prev_hash that is not the previous row's hash (rows reordered or replaced), or a hash
 * that does not match the row's content (a row edited). Shared by the store and export checks.
 *
 * <p>Keyed rows (HMAC under the audit key) are checked with the key. Unkeyed rows are accepted only
 * before the first keyed one: an unkeyed row after it is a row someone wrote without the key. And
 * with a key at hand, a chain with rows but no keyed row at all was hashed again from the start
 * without the key (a store with a key makes its first keyed row when it opens).
 */
final class ChainVerifier {
    private final AuditKey key;
    private boolean keyedSeen;
    private long rows;
    private long lastSeq;
    private String lastHash = AuditEntry.GENESIS;
    private ChainCheck failure;

    /** @param key the audit key, or null: keyed rows then cannot be checked and fail */
    ChainVerifier(AuditKey key) {
        this.key = key;
    }

    /** Feeds the next row; returns false once the chain is broken (later rows are not read). */
    boolean accept(AuditEntry e) {
        if (failure != null) {
            return false;
        }
        rows++;
        long expected = lastSeq + 1;
        if (e.seq() > expected) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    expected,
                    "seq " + expected + " is missing: seq " + e.seq() + " follows seq " + lastSeq
                            + " (a row was deleted)");
        } else if (e.seq() < expected) {
            failure = ChainCheck.bad(
                    rows, lastSeq, lastHash, e.seq(), "seq " + e.seq() + " appears again after seq " + lastSeq);
        } else if (!e.prevHash().equals(lastHash)) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    e.seq(),
                    "seq " + e.seq() + ": prev_hash is not the hash of seq " + lastSeq
                            + " (rows were reordered, inserted or replaced)");
        } else if (e.hashScheme() != AuditEntry.UNKEYED && e.hashScheme() != AuditEntry.KEYED) {
            failure = ChainCheck.bad(
                    rows, lastSeq, lastHash, e.seq(), "seq " + e.seq() + ": unknown hash scheme " + e.hashScheme());
        } else if (e.hashScheme() == AuditEntry.UNKEYED && keyedSeen) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    e.seq(),
                    "seq " + e.seq()
                            + ": a row hashed without the audit key after keyed rows (rows were rewritten without the key)");
        } else if (e.hashScheme() == AuditEntry.KEYED && key == null) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    e.seq(),
                    "seq " + e.seq()
                            + ": the row is hashed under the audit key, which this check does not have (set "
                            + AuditKey.ENV
                            + " or run it on the data home that holds " + AuditKey.FILE + ")");
        } else if (!e.hash().equals(e.expectedHash(key))) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    e.seq(),
                    "seq " + e.seq() + ": the hash does not match the row's content (the row was edited)");
        } else {
            lastSeq = e.seq();
            lastHash = e.hash();
            keyedSeen |= e.hashScheme() == AuditEntry.KEYED;
            return true;
        }
        return false;
    }

    /** Fails the check at {@code seq} for a reason found outside the chain walk (head, records). */
    void fail(long seq, String problem) {
        if (failure == null) {
            failure = ChainCheck.bad(rows, lastSeq, lastHash, seq, problem);
        }
    }

    boolean broken() {
        return failure != null;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    /** Fails a chain that has rows but no keyed row although there is a key (call once all rows are in). */
    void requireKeyedRows() {
        if (failure == null && key != null && rows > 0 && !keyedSeen) {
            failure = ChainCheck.bad(
                    rows,
                    lastSeq,
                    lastHash,
                    1,
                    "no row is hashed under the audit key although this"
                            + " store has one: the chain was hashed again without the key");
        }
    }

    ChainCheck result() {
        return failure != null ? failure : new ChainCheck(rows, lastSeq, lastHash, null, null);
    }
}
