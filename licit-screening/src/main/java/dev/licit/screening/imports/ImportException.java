package dev.licit.screening.imports;

/**
 * A list file that cannot be used. The message always names the file, and the line when one is
 * known, so that a compliance officer can open the file at the right place.
 */
public final class ImportException extends Exception {
    private final String file;
    private final long line;
    private final String reason;

    public ImportException(String file, long line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public ImportException(String file, long line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
