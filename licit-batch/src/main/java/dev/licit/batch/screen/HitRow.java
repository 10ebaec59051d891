package dev.licit.batch.screen;

import dev.licit.batch.io.Csv;
import dev.licit.screening.ScreeningMatch;
import java.util.Locale;

/**
 * One line of the hits file: a party and one list entry its name resembles at POSSIBLE or above.
 * The first seven columns are the contract ({@code id,name,list,entryId,listedName,score,band}); the
 * matched alias and the one-sentence explanation follow so a reviewer can judge the hit from the file.
 * A run given an ownership graph ({@code licit batch screen --ownership}) adds a tenth column, {@code
 * ownership}: empty on a party's own hits, the path in words on a row of a party covered (or unresolved,
 * or doubtful) through its owners, whose band is then the standing ({@code COVERED}, {@code UNRESOLVED},
 * {@code DOUBTFUL}), entryId {@code ownership:RULE}, listedName the listed owners and score the share.
 */
public record HitRow(
        String id,
        String name,
        String list,
        String entryId,
        String listedName,
        double score,
        String band,
        String matchedAlias,
        String explanation,
        String ownership) {
    public static final String HEADER = "id,name,list,entryId,listedName,score,band,matchedAlias,explanation";

    /** The header of a run with an ownership graph. */
    public static final String HEADER_WITH_OWNERSHIP = HEADER + ",ownership";

    /** A party's own hit (no ownership path). */
    public HitRow(
            String id,
            String name,
            String list,
            String entryId,
            String listedName,
            double score,
            String band,
            String matchedAlias,
            String explanation) {
        this(id, name, list, entryId, listedName, score, band, matchedAlias, explanation, null);
    }

    static HitRow of(String id, String name, ScreeningMatch m) {
        return new HitRow(
                id,
                name,
                m.list(),
                m.entryId(),
                m.listedName(),
                m.score(),
                m.band().name(),
                m.matchedAlias(),
                m.explanation().summary());
    }

    /** The CSV line with the ownership column, without the line break. */
    public String csv(boolean withOwnership) {
        return withOwnership ? csv() + "," + Csv.line(ownership == null ? "" : ownership) : csv();
    }

    /** The CSV line, without the line break. */
    public String csv() {
        return Csv.line(
                id,
                name,
                list,
                entryId,
                listedName,
                String.format(Locale.ROOT, "%.3f", score),
                band,
                matchedAlias,
                explanation);
    }
}
