package dev.licit.cli;

import dev.licit.cli.common.HeadStart;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import dev.licit.screening.NameMemory;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Screens order parties against the current list snapshot of the data home, for a dry run (the store screens through its order desk). */
final class PartyScreening {
    /** The snapshot's screener, remembering the names it screened (a stream of orders repeats them). */
    private final NameMemory screener;

    private final String snapshotId;

    private PartyScreening(Screener screener, String snapshotId) {
        this.screener = screener == null ? null : new NameMemory(screener);
        this.snapshotId = snapshotId;
    }

    /** Screening against a screener's snapshot. */
    public static PartyScreening of(Screener screener) {
        return new PartyScreening(screener, screener.snapshot().id());
    }

    /** The screener of the home's current snapshot (the curated advanced-computing list when nothing was imported). */
    public static Screener screener(Path home) {
        try {
            return HeadStart.screener(home, Thresholds.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list snapshot under " + home, e);
        }
    }

    /** No screening (--no-screen): parties are not checked against any list. */
    public static PartyScreening none() {
        return new PartyScreening(null, null);
    }

    /** The snapshot id decisions cite, or null when parties are not screened. */
    public String snapshotId() {
        return snapshotId;
    }

    public List<ListHit> screen(Party party) {
        if (screener == null) {
            return List.of();
        }
        List<ListHit> hits = new ArrayList<>();
        for (ScreeningMatch m : screener.screen(party.name(), party.country())) {
            hits.add(m.toListHit());
        }
        return hits;
    }
}
