package dev.licit.core.rulebook;

/** Where an entry was read from, for messages: file and line. Not part of the rulebook hash. */
public record Origin(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
