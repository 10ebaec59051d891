package dev.licit.screening.fetch;

/**
 * Why a source was not taken. {@code refused}: the publisher answered but what came is not acceptable
 * (a wrong content type, too big, a checksum or format that does not match, a list that shrank, a
 * redirect away from https). Otherwise it failed: the network, the server or a timeout.
 */
final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean refused;
    private final boolean retryable;

    private FetchException(String reason, boolean refused, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.refused = refused;
        this.retryable = retryable;
    }

    static FetchException refused(String reason) {
        return new FetchException(reason, true, false, null);
    }

    static FetchException failed(String reason) {
        return new FetchException(reason, false, false, null);
    }

    /** A failure worth another try (a 5xx, a 429, a dropped or stalled connection). */
    static FetchException transientFailure(String reason, Throwable cause) {
        return new FetchException(reason, false, true, cause);
    }

    boolean refused() {
        return refused;
    }

    boolean retryable() {
        return retryable;
    }
}
