package dev.licit.batch.screen;

import dev.licit.batch.io.Csv;
import dev.licit.screening.ScreeningMatch;
import java.util.Locale;

/**
 * One line of the hits file: a party and one list entry its name resembles at POSSIBLE or above.
 * The first seven columns are the contract ({@code id,name,list,entryId,listedName,score,band}); the
 * matched alias and the one-sentence explanation follow so a reviewer can judge the hit from the file.
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
        String explanation) {
    public static final String HEADER = "id,name,list,entryId,listedName,score,band,matchedAlias,explanation";

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
