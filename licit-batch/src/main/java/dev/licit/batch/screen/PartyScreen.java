package dev.licit.batch.screen;

import dev.licit.batch.io.PartyRecord;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.ScreeningQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Screens one party of a batch file: checks the row, asks the {@link Screener} (name, country and
 * address, as {@code licit screen} does) and turns the matches into hit rows. The single-process engine
 * and the Spark job both call this, so they cannot give different hits. Thread-safe (the screener is).
 */
public final class PartyScreen {
    private final Screener screener;
    private final String file;
    private final String positionWord;
    private final OwnershipScreen ownership;

    /**
     * @param file the input file's name, for messages
     * @param positionWord "line" or "row", for messages
     */
    public PartyScreen(Screener screener, String file, String positionWord) {
        this(screener, file, positionWord, null);
    }

    /** @param ownership the owners of each party screened too (null: the party alone) */
    public PartyScreen(Screener screener, String file, String positionWord, OwnershipScreen ownership) {
        this.screener = screener;
        this.file = file;
        this.positionWord = positionWord;
        this.ownership = ownership;
    }

    public ScreenOutcome screen(PartyRecord p) {
        String where = file + ":" + (positionWord.equals("line") ? "" : "row ") + p.position() + ": ";
        if (p.id().isBlank()) {
            return new ScreenOutcome.Rejected(where + "id is empty");
        }
        if (p.name().isBlank()) {
            return new ScreenOutcome.Rejected(where + "name is empty (party " + p.id() + ")");
        }
        String country = p.country().strip();
        if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            return new ScreenOutcome.Rejected(
                    where + "country \"" + p.country() + "\" is not an ISO 3166-1 alpha-2 code (party " + p.id() + ")");
        }
        List<ScreeningMatch> matches = screener.screen(new ScreeningQuery(
                p.name(),
                country.isEmpty() ? null : country.toUpperCase(Locale.ROOT),
                p.address().isBlank() ? null : p.address()));
        List<HitRow> hits = new ArrayList<>(matches.size());
        for (ScreeningMatch m : matches) {
            hits.add(HitRow.of(p.id(), p.name(), m));
        }
        if (ownership != null) {
            hits.addAll(ownership.rows(p.id(), p.name(), country.isEmpty() ? null : country.toUpperCase(Locale.ROOT)));
        }
        return new ScreenOutcome.Screened(p.id(), hits);
    }
}
