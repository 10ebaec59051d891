package dev.licit.screening.ownership;

import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.CsvReader;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain CSV: a header naming the columns {@code owner,owned,percent,startDate,endDate,source}
 * (in any order; {@code owner} and {@code owned} required, {@code ownerCountry} and {@code
 * ownedCountry} allowed), one link a row. An empty percent is an unknown share, never zero; an
 * empty source becomes {@code FILE:LINE}. Unknown columns are refused: a misspelt {@code percnet}
 * would otherwise make every share unknown without a word.
 */
final class OwnershipCsvReader {
    static final List<String> COLUMNS =
            List.of("owner", "owned", "percent", "startDate", "endDate", "source", "ownerCountry", "ownedCountry");

    private OwnershipCsvReader() {}

    static Map<SourceFile, OwnershipImporter.Read> read(List<SourceFile> files) throws ImportException {
        Map<SourceFile, OwnershipImporter.Read> out = new LinkedHashMap<>();
        for (SourceFile f : files) {
            out.put(f, new OwnershipImporter.Read(read(f), List.of()));
        }
        return out;
    }

    static List<OwnershipLink> read(SourceFile f) throws ImportException {
        CsvReader r = new CsvReader(f.name(), f.text(), ',');
        CsvReader.Row header = r.next();
        if (header == null) {
            throw new ImportException(f.name(), 0, "the file is empty (a header owner,owned,... is required)");
        }
        Map<String, Integer> col = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        for (int i = 0; i < header.size(); i++) {
            String name = known.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw new ImportException(
                        f.name(),
                        header.line(),
                        "unknown column '" + header.get(i).strip() + "' (known: " + String.join(", ", COLUMNS) + ")");
            }
            if (col.put(name, i) != null) {
                throw new ImportException(f.name(), header.line(), "column '" + name + "' appears twice");
            }
        }
        for (String required : Set.of("owner", "owned")) {
            if (!col.containsKey(required)) {
                throw new ImportException(
                        f.name(), header.line(), "the header has no '" + required + "' column (a header is required)");
            }
        }
        List<OwnershipLink> links = new ArrayList<>();
        CsvReader.Row row;
        while ((row = r.next()) != null) {
            long line = row.line();
            if (row.size() != header.size()) {
                throw new ImportException(
                        f.name(), line, "has " + row.size() + " fields where the header has " + header.size());
            }
            String owner = get(row, col, "owner");
            String owned = get(row, col, "owned");
            if (owner.isEmpty()) {
                throw new ImportException(f.name(), line, "field 'owner' is empty");
            }
            if (owned.isEmpty()) {
                throw new ImportException(f.name(), line, "field 'owned' is empty");
            }
            String source = get(row, col, "source");
            links.add(OwnershipImporter.link(
                    f.name(),
                    line,
                    owner,
                    country(f, line, row, col, "ownerCountry"),
                    owned,
                    country(f, line, row, col, "ownedCountry"),
                    Values.percent(get(row, col, "percent"), f.name(), line, "percent"),
                    Values.date(get(row, col, "startDate"), false, f.name(), line, "startDate"),
                    Values.date(get(row, col, "endDate"), true, f.name(), line, "endDate"),
                    source.isEmpty() ? f.name() + ":" + line : source));
        }
        return links;
    }

    private static String country(SourceFile f, long line, CsvReader.Row row, Map<String, Integer> col, String field)
            throws ImportException {
        String v = get(row, col, field);
        if (v.isEmpty()) {
            return null;
        }
        String cc = Values.country(v);
        if (cc == null) {
            throw new ImportException(f.name(), line, "field '" + field + "': '" + v + "' is not an ISO country code");
        }
        return cc;
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.get(i).strip().replaceAll("\\s+", " ");
    }
}
