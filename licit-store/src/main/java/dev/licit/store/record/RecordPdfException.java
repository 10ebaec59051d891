package dev.licit.store.record;

/**
 * A PDF record cannot be made as asked (no usable font, or characters no font has): the message says
 * what to install or set. The HTML record is always available. {@link #forClients} says the same
 * without the server's file paths, for an API client.
 */
public final class RecordPdfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String forClients;

    public RecordPdfException(String message, String forClients) {
        super(message);
        this.forClients = forClients;
    }

    public RecordPdfException(String message, String forClients, Throwable cause) {
        super(message, cause);
        this.forClients = forClients;
    }

    /** What an API client is told: what is wrong, without paths on the server. */
    public String forClients() {
        return forClients;
    }
}
