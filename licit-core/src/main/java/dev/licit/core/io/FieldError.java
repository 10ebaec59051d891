package dev.licit.core.io;

/**
 * A refusal of one field of a JSON input, by its JSON pointer. The reader that started the work
 * turns it into an {@link InputException} naming the source, the line and the field's path, so the
 * same mistake reads the same from the CLI, the API and the UI.
 */
final class FieldError extends RuntimeException {
    final String pointer;
    final String path;

    FieldError(String pointer, String message) {
        super(message, null, false, false); // a refusal, not a failure: no stack trace to fill
        this.pointer = pointer;
        String p = JsonShape.pathOf(pointer);
        this.path = p.isEmpty() ? "$" : p; // the whole document
    }

    /** The refusal as the user reads it: "SOURCE:LINE: PATH: MESSAGE" (the line when the text is at hand). */
    InputException in(String source, String json) {
        int line = json == null ? 0 : JsonShape.lineOf(json, pointer);
        return new InputException(source + (line > 0 ? ":" + line : "") + ": " + path + ": " + getMessage());
    }

    /** The refusal on a known line of a stream (JSON Lines). */
    InputException onLine(String source, long line) {
        return new InputException(source + ":" + line + ": " + path + ": " + getMessage());
    }
}
