package dev.licit.batch.replay;

/** What replaying one order gave. Failures are values: one bad order never stops a run of millions. */
public sealed interface ReplayOutcome {
    /** Same verdict, review policy and license exception under both rulebooks. */
    record Unchanged() implements ReplayOutcome {}

    /**
     * The outcome differs.
     *
     * @param written whether it goes to the output: verdict changes always, the others with --all-changes
     */
    record Changed(ReplayChange change, boolean written) implements ReplayOutcome {}

    /** The order could not be read or decided; the problem names the file and line. */
    record Refused(String problem) implements ReplayOutcome {}

    ReplayOutcome UNCHANGED = new Unchanged();
}
