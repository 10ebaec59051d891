package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the BIS Denied Persons List text file: tab-separated, every field quoted, one header row.
 * Each row is one denial order at one address; the file has no identifiers, so the entry id is a
 * hash of name, street and effective date.
 */
final class DplImporter {
    static final List<String> HEADER = List.of(
            "Name",
            "Street_Address",
            "City",
            "State",
            "Country",
            "Postal_Code",
            "Effective_Date",
            "Expiration_Date",
            "Standard_Order",
            "Last_Update",
            "Action",
            "FR_Citation");

    private DplImporter() {}

    static List<ListEntry> read(SourceFile file) throws ImportException {
        CsvReader reader = new CsvReader(file.name(), file.text(), '\t');
        CsvReader.Row header = reader.next();
        if (header == null
                || !header.fields().stream().map(String::strip).toList().equals(HEADER)) {
            throw new ImportException(file.name(), 1, "Denied Persons header must be " + String.join(" ", HEADER));
        }
        List<ListEntry> out = new ArrayList<>();
        CsvReader.Row r;
        while ((r = reader.next()) != null) {
            if (r.size() != HEADER.size()) {
                throw new ImportException(
                        file.name(), r.line(), "expected " + HEADER.size() + " fields, found " + r.size());
            }
            String name = Fields.clean(r.get(0));
            if (name.isEmpty()) {
                throw new ImportException(file.name(), r.line(), "field 'Name' is empty");
            }
            List<String> parts = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String v = Fields.clean(r.get(i));
                if (!v.isEmpty()) {
                    parts.add(v);
                }
            }
            String cc = CountryCodes.of(Fields.clean(r.get(4)));
            String street = Fields.clean(r.get(1));
            String effective = Fields.clean(r.get(6));
            out.add(new ListEntry(
                    "DPL",
                    "DPL-" + Fields.hashId(name, street, effective),
                    "",
                    List.of(name),
                    parts.isEmpty() ? List.of() : List.of(String.join(", ", parts)),
                    cc == null ? List.of() : List.of(cc),
                    "",
                    Fields.clean(r.get(11)),
                    effective,
                    "All export privileges denied (Denied Persons List order)",
                    "No license exception; dealing with a denied person is prohibited",
                    "Expires " + Fields.clean(r.get(7)) + "; " + Fields.clean(r.get(10)),
                    "https://www.bis.gov/dpl"));
        }
        return out;
    }
}
