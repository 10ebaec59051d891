package dev.licit.store.audit;

import dev.licit.store.common.AuditKey;
import dev.licit.store.internal.Hashes;

/**
 * One row of {@code audit_log}.
 *
 * <p>{@code hash = sha256(prevHash "\n" seq "\n" recordedAt "\n" actor "\n" kind "\n" subject "\n" payload)}
 * over UTF-8, lower-case hex; the first row's {@code prevHash} is 64 zeros. Actors and subjects
 * cannot hold a newline and the payload is one-line JSON, so the fields cannot be shifted into one
 * another without changing the hash.
 *
 * <p>That is hash scheme {@value #UNKEYED}, the only one before the chain had a key. Scheme
 * {@value #KEYED} hashes the same text with HMAC-SHA256 under the {@link AuditKey}: without the key
 * nobody can make the hash of an edited row, nor of any row after it.
 *
 * @param kind what happened, e.g. {@code decision}, {@code case.clear}, {@code license.registered}
 * @param subject the id of the thing it happened to (a decision id, {@code case:12}, {@code license:D123})
 * @param payload compact JSON with the event's details
 * @param hashScheme how {@code hash} is made: {@value #UNKEYED} (SHA-256) or {@value #KEYED} (HMAC-SHA256 under the audit key)
 */
public record AuditEntry(
        long seq,
        String recordedAt,
        String actor,
        String kind,
        String subject,
        String payload,
        String prevHash,
        String hash,
        int hashScheme) {
    /** SHA-256 of the row's text: rows written before the chain had a key. */
    public static final int UNKEYED = 0;
    /** HMAC-SHA256 of the row's text under the audit key. */
    public static final int KEYED = 1;

    /** The hash of the first row's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    /** A written description of {@link #hashOf}, carried in exports so an auditor can verify with any tool. */
    public static final String HASH_RULE =
            "hash = sha256(prevHash + \"\\n\" + seq + \"\\n\" + recordedAt + \"\\n\" + actor"
                    + " + \"\\n\" + kind + \"\\n\" + subject + \"\\n\" + payload), UTF-8, lower-case hex; seq starts at 1 and"
                    + " rises by 1; the prevHash of seq 1 is 64 zeros; each prevHash is the previous row's hash. Rows with"
                    + " hashScheme 1 use hmac-sha256 under the audit key instead of sha256 over the same text; once a row has"
                    + " hashScheme 1, every later row must";

    /** The unkeyed hash (scheme {@value #UNKEYED}). */
    public static String hashOf(
            String prevHash, long seq, String recordedAt, String actor, String kind, String subject, String payload) {
        return Hashes.sha256(text(prevHash, seq, recordedAt, actor, kind, subject, payload));
    }

    /** The hash under {@code key}, or the unkeyed hash when there is no key. */
    static String hashOf(
            AuditKey key,
            String prevHash,
            long seq,
            String recordedAt,
            String actor,
            String kind,
            String subject,
            String payload) {
        return key == null
                ? hashOf(prevHash, seq, recordedAt, actor, kind, subject, payload)
                : key.mac(text(prevHash, seq, recordedAt, actor, kind, subject, payload));
    }

    private static String text(
            String prevHash, long seq, String recordedAt, String actor, String kind, String subject, String payload) {
        return prevHash + "\n" + seq + "\n" + recordedAt + "\n" + actor + "\n" + kind + "\n" + subject + "\n" + payload;
    }

    /** The hash this row's content calls for under its scheme; {@code key} is needed for a keyed row. */
    String expectedHash(AuditKey key) {
        return hashOf(hashScheme == KEYED ? key : null, prevHash, seq, recordedAt, actor, kind, subject, payload);
    }
}
