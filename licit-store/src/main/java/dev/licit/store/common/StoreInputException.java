package dev.licit.store.common;

/**
 * A request the store refuses because of what was asked (a bad value, an unknown id, a step the
 * workflow does not allow). The message says what and why; a CLI maps it to exit code 2 and a
 * server to a 4xx status. Nothing was written.
 */
public class StoreInputException extends IllegalArgumentException {
    public StoreInputException(String message) {
        super(message);
    }
}
