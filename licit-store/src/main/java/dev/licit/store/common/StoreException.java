package dev.licit.store.common;

/** The store failed (database unreachable, disk full, a migration failed): an internal failure. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
