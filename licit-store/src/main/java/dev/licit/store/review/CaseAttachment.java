package dev.licit.store.review;

/**
 * A file attached to a review case as evidence (a registry extract, a customer's letter), without its
 * content: what the case and the audit trail show of it.
 *
 * @param matchId the match it is about, or null for the case as a whole
 * @param sha256 the SHA-256 of the content, recorded in the audit trail ({@code case.attachment})
 */
public record CaseAttachment(
        long id,
        long caseId,
        Long matchId,
        String fileName,
        long sizeBytes,
        String sha256,
        String note,
        String actor,
        String attachedAt) {
    /** The largest file a case takes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
}
