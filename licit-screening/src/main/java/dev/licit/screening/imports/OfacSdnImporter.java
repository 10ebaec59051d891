package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads OFAC's legacy SDN CSV set: {@code sdn.csv} (12 fields, no header), and optionally
 * {@code alt.csv} (5), {@code add.csv} (6) and {@code sdn_comments.csv} (2), which key on the SDN
 * entry number. {@code -0-} means empty. An alias, address or comment row whose entry number is not
 * in {@code sdn.csv} is refused: it means the files come from different publications.
 */
final class OfacSdnImporter {
    private OfacSdnImporter() {}

    private static final class Builder {
        final String id;
        final String name;
        final String type;
        final String programs;
        String remarks;
        final List<String> aliases = new ArrayList<>();
        final List<String> addresses = new ArrayList<>();
        final Set<String> countries = new LinkedHashSet<>();

        Builder(String id, String name, String type, String programs, String remarks) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.programs = programs;
            this.remarks = remarks;
        }
    }

    static List<ListEntry> read(SourceFile sdn, SourceFile alt, SourceFile add, SourceFile comments)
            throws ImportException {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (CsvReader.Row row : rows(sdn, 12)) {
            String id = entNum(sdn, row);
            String name = Fields.clean(row.get(1));
            if (name.isEmpty()) {
                throw new ImportException(sdn.name(), row.line(), "field 2 (SDN_Name) is empty");
            }
            String type = Fields.clean(row.get(2));
            if (byId.put(
                            id,
                            new Builder(
                                    id,
                                    name,
                                    type.isEmpty() ? "Entity" : capitalise(type),
                                    Fields.clean(row.get(3)),
                                    Fields.clean(row.get(11))))
                    != null) {
                throw new ImportException(sdn.name(), row.line(), "duplicate entry number " + id);
            }
        }
        if (alt != null) {
            for (CsvReader.Row row : rows(alt, 5)) {
                String alias = Fields.clean(row.get(3));
                if (!alias.isEmpty()) {
                    owner(alt, row, byId).aliases.add(alias);
                }
            }
        }
        if (add != null) {
            for (CsvReader.Row row : rows(add, 6)) {
                Builder b = owner(add, row, byId);
                List<String> parts = new ArrayList<>();
                for (int i = 2; i <= 4; i++) {
                    String v = Fields.clean(row.get(i));
                    if (!v.isEmpty()) {
                        parts.add(v);
                    }
                }
                if (!parts.isEmpty()) {
                    b.addresses.add(String.join(", ", parts));
                }
                String cc = CountryCodes.of(Fields.clean(row.get(4)));
                if (cc != null) {
                    b.countries.add(cc);
                }
            }
        }
        if (comments != null) {
            for (CsvReader.Row row : rows(comments, 2)) {
                Builder b = owner(comments, row, byId);
                b.remarks = (b.remarks + " " + Fields.clean(row.get(1))).strip();
            }
        }
        List<ListEntry> out = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            List<String> names = new ArrayList<>();
            names.add(b.name);
            names.addAll(b.aliases);
            out.add(new ListEntry(
                    "SDN",
                    b.id,
                    b.type,
                    names,
                    b.addresses,
                    new ArrayList<>(b.countries),
                    b.programs,
                    "",
                    "",
                    "",
                    "",
                    b.remarks,
                    "https://sanctionslist.ofac.treas.gov/"));
        }
        return out;
    }

    private static List<CsvReader.Row> rows(SourceFile file, int fields) throws ImportException {
        List<CsvReader.Row> rows = new CsvReader(file.name(), file.text(), ',').readAll();
        for (CsvReader.Row row : rows) {
            if (row.size() != fields) {
                throw new ImportException(
                        file.name(), row.line(), "expected " + fields + " fields, found " + row.size());
            }
        }
        return rows;
    }

    private static String entNum(SourceFile file, CsvReader.Row row) throws ImportException {
        String id = row.get(0).strip();
        if (!id.matches("\\d+")) {
            throw new ImportException(file.name(), row.line(), "field 1 (entry number) is not a number: '" + id + "'");
        }
        return id;
    }

    private static Builder owner(SourceFile file, CsvReader.Row row, Map<String, Builder> byId) throws ImportException {
        String id = entNum(file, row);
        Builder b = byId.get(id);
        if (b == null) {
            throw new ImportException(
                    file.name(),
                    row.line(),
                    "entry number " + id
                            + " is not in the SDN file of this import (files from different publications?)");
        }
        return b;
    }

    private static String capitalise(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        return t.equals("individual")
                ? "Individual"
                : t.equals("vessel") ? "Vessel" : t.equals("aircraft") ? "Aircraft" : "Entity";
    }
}
