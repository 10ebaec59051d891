package dev.licit.store.common;

/** The id asked for does not exist (a server maps it to 404). */
public final class NotFoundException extends StoreInputException {
    public NotFoundException(String message) {
        super(message);
    }
}
