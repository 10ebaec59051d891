package dev.licit.store.audit;

import dev.licit.store.internal.Hashes;

/**
 * One row of {@code audit_log}.
 *
 * <p>{@code hash = sha256(prevHash "\n" seq "\n" recordedAt "\n" actor "\n" kind "\n" subject "\n" payload)}
 * over UTF-8, lower-case hex; the first row's {@code prevHash} is 64 zeros. Actors and subjects
 * cannot hold a newline and the payload is one-line JSON, so the fields cannot be shifted into one
 * another without changing the hash.
 *
 * @param kind what happened, e.g. {@code decision}, {@code case.clear}, {@code license.registered}
 * @param subject the id of the thing it happened to (a decision id, {@code case:12}, {@code license:D123})
 * @param payload compact JSON with the event's details
 */
public record AuditEntry(long seq, String recordedAt, String actor, String kind, String subject, String payload,
                         String prevHash, String hash) {
    /** The hash of the first row's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    /** A written description of {@link #hashOf}, carried in exports so an auditor can verify with any tool. */
    public static final String HASH_RULE = "hash = sha256(prevHash + \"\\n\" + seq + \"\\n\" + recordedAt + \"\\n\" + actor"
            + " + \"\\n\" + kind + \"\\n\" + subject + \"\\n\" + payload), UTF-8, lower-case hex; seq starts at 1 and"
            + " rises by 1; the prevHash of seq 1 is 64 zeros; each prevHash is the previous row's hash";

    public static String hashOf(String prevHash, long seq, String recordedAt, String actor, String kind, String subject,
                                String payload) {
        return Hashes.sha256(prevHash + "\n" + seq + "\n" + recordedAt + "\n" + actor + "\n" + kind + "\n" + subject
                + "\n" + payload);
    }

    /** The hash this row's content calls for. */
    public String expectedHash() {
        return hashOf(prevHash, seq, recordedAt, actor, kind, subject, payload);
    }
}
