package dev.licit.store.audit;

/**
 * The latest seq and hash. Writing it down somewhere else (a ticket, an e-mail to the auditor, a
 * signed log) anchors the chain: a later {@code audit verify --anchor SEQ:HASH} proves nothing up to
 * that point was removed or rewritten, which the chain alone cannot show for its own tail.
 */
public record AuditHead(long seq, String hash, String recordedAt) {
    public String anchor() {
        return seq + ":" + hash;
    }
}
