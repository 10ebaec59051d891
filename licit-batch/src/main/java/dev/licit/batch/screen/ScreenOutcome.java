package dev.licit.batch.screen;

import java.util.List;

/** What screening one row gave: its hits (possibly none), or why the row was refused. Failures are values in a batch. */
public sealed interface ScreenOutcome {
    /** A party that was screened; {@code hits} is empty when nothing reached POSSIBLE. */
    record Screened(String id, List<HitRow> hits) implements ScreenOutcome {
        public Screened {
            hits = List.copyOf(hits);
        }
    }

    /** A row that could not be screened, with the reason naming the file and where the row stands. */
    record Rejected(String problem) implements ScreenOutcome {}
}
