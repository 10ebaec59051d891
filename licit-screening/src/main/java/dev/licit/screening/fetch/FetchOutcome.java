package dev.licit.screening.fetch;

/** How one source ended; {@link #line()} is the line {@code licit lists fetch} prints for it. */
public sealed interface FetchOutcome {
    String sourceId();

    String line();

    /** Downloaded, verified and part of the new snapshot. */
    record Updated(String sourceId, int entries, String sha256) implements FetchOutcome {
        @Override
        public String line() {
            return sourceId + " updated " + entries + " entries";
        }
    }

    /** The publisher's file has not changed since the last fetch (304, or the same checksum). */
    record Unchanged(String sourceId) implements FetchOutcome {
        @Override
        public String line() {
            return sourceId + " unchanged";
        }
    }

    /** The publisher answered with something not acceptable; the current file stays. */
    record Refused(String sourceId, String reason) implements FetchOutcome {
        @Override
        public String line() {
            return sourceId + " refused: " + reason;
        }
    }

    /** The download did not complete; the current file stays. */
    record Failed(String sourceId, String reason) implements FetchOutcome {
        @Override
        public String line() {
            return sourceId + " failed: " + reason;
        }
    }
}
