package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the party columns stand in a file's header (-1 for an absent address); refuses a header without
 * the required ones. Serializable: the Spark job reads the header on the driver and ships this.
 */
public record Columns(int id, int name, int country, int address) implements java.io.Serializable {
    static final List<String> REQUIRED = List.of("id", "name", "country");

    /** @throws InputException naming the file and the missing columns */
    public static Columns of(String file, List<String> header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h.strip().toLowerCase(Locale.ROOT));
        }
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!names.contains(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(file + ":1: the header lacks the column(s) " + String.join(", ", missing)
                    + " (a party file needs id,name,country and may have address; found " + String.join(",", header)
                    + ")");
        }
        return new Columns(
                names.indexOf("id"), names.indexOf("name"), names.indexOf("country"), names.indexOf("address"));
    }
}
