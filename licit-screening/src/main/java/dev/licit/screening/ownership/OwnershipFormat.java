package dev.licit.screening.ownership;

import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.util.Locale;

/** The ownership file formats Licit reads, and how a file's format is recognised from its content. */
public enum OwnershipFormat {
    /** FollowTheMoney entities, one JSON object a line (OpenSanctions {@code entities.ftm.json}). */
    FTM,
    /** Beneficial Ownership Data Standard statements: a JSON array (0.2/0.3 statements, 0.4 records). */
    BODS,
    /** GLEIF Level 2 relationship records (golden copy CSV or JSON, API JSON) and Level 1 files for names. */
    GLEIF,
    /** {@code owner,owned,percent,startDate,endDate,source} with a header. */
    CSV;

    /** The format a {@code --format} value names. */
    public static OwnershipFormat parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Recognises a file by its first bytes: a JSON array is BODS, JSON with {@code relations},
     * {@code records} or a GLEIF API {@code data} member is GLEIF, other JSON objects one a line are
     * FollowTheMoney; a CSV header starting {@code Relationship.} or {@code LEI} is GLEIF and one
     * starting {@code owner} the plain CSV.
     */
    public static OwnershipFormat detect(SourceFile f) throws ImportException {
        String t = f.text().startsWith("\uFEFF") ? f.text().substring(1) : f.text();
        String head = t.stripLeading();
        if (head.startsWith("[")) {
            return BODS;
        }
        if (head.startsWith("{")) {
            String start = head.substring(0, Math.min(head.length(), 4000));
            if (start.matches("(?s)\\{\\s*\"(relations|records|data)\"\\s*:.*")) {
                return GLEIF;
            }
            return FTM;
        }
        int nl = head.indexOf('\n');
        String first = (nl < 0 ? head : head.substring(0, nl)).strip().replace("\"", "");
        if (first.startsWith("Relationship.") || first.startsWith("LEI,") || first.equals("LEI")) {
            return GLEIF;
        }
        if (first.toLowerCase(Locale.ROOT).startsWith("owner,") || first.equalsIgnoreCase("owner")) {
            return CSV;
        }
        throw new ImportException(
                f.name(),
                1,
                "not an ownership file Licit recognises (FollowTheMoney JSON Lines, BODS JSON array, GLEIF"
                        + " Level 2 CSV/JSON, or a CSV with the header owner,owned,percent,startDate,endDate,source);"
                        + " name the format with --format");
    }
}
