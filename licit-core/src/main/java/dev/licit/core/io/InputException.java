package dev.licit.core.io;

/** Bad input from a user: the message names the file, the field and (where known) the line. Exit code 2. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
