package dev.licit.store.common;

/**
 * The actor may not take this step, whatever their role: the submitter of an order releasing its
 * case or clearing its matches, the same reviewer clearing a MATCH-band hit twice, a requester
 * deciding under another date (403; CLI exit code 2). Nothing was written.
 */
public final class ForbiddenException extends StoreInputException {
    public ForbiddenException(String message) {
        super(message);
    }
}
