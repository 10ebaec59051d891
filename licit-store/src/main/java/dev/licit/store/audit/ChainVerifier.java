package dev.licit.store.audit;

/**
 * Walks audit rows in seq order and stops at the first that breaks the chain: a gap in seq (a row
 * deleted), a prev_hash that is not the previous row's hash (rows reordered or replaced), or a hash
 * that does not match the row's content (a row edited). Shared by the store and export checks.
 */
final class ChainVerifier {
    private long rows;
    private long lastSeq;
    private String lastHash = AuditEntry.GENESIS;
    private ChainCheck failure;

    /** Feeds the next row; returns false once the chain is broken (later rows are not read). */
    boolean accept(AuditEntry e) {
        if (failure != null) {
            return false;
        }
        rows++;
        long expected = lastSeq + 1;
        if (e.seq() > expected) {
            failure = ChainCheck.bad(rows, lastSeq, lastHash, expected, "seq " + expected + " is missing: seq "
                    + e.seq() + " follows seq " + lastSeq + " (a row was deleted)");
        } else if (e.seq() < expected) {
            failure = ChainCheck.bad(rows, lastSeq, lastHash, e.seq(), "seq " + e.seq() + " appears again after seq "
                    + lastSeq);
        } else if (!e.prevHash().equals(lastHash)) {
            failure = ChainCheck.bad(rows, lastSeq, lastHash, e.seq(), "seq " + e.seq()
                    + ": prev_hash is not the hash of seq " + lastSeq + " (rows were reordered, inserted or replaced)");
        } else if (!e.hash().equals(e.expectedHash())) {
            failure = ChainCheck.bad(rows, lastSeq, lastHash, e.seq(), "seq " + e.seq()
                    + ": the hash does not match the row's content (the row was edited)");
        } else {
            lastSeq = e.seq();
            lastHash = e.hash();
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

    ChainCheck result() {
        return failure != null ? failure : new ChainCheck(rows, lastSeq, lastHash, null, null);
    }
}
