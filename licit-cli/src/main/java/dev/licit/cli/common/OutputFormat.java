package dev.licit.cli.common;

import java.util.Locale;

/**
 * How a command prints its results. Written lower-case on the command line and in help, and read
 * whatever its case. Which of these a command offers, and which it prints by default, is declared
 * with its {@code --format} option: {@link TextOrJsonFormat} for the many commands that print text
 * or JSON, a {@link FormatChoice} for the others.
 */
public enum OutputFormat {
    TEXT,
    JSON,
    JSONL,
    CSV,
    TABLE,
    HTML,
    PDF;

    /** This format as it is written on the command line and in help. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
