package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the trade.gov Consolidated Screening List CSV. Both published headers are accepted: the
 * current 29 columns starting with {@code _id} and the older 28 without it. Columns are found by
 * name, so a reordering by the publisher is not fatal, but every expected column must be present
 * and every record must have exactly as many fields as the header.
 */
final class CslCsvImporter {
    static final List<String> COLUMNS = List.of(
            "source",
            "entity_number",
            "type",
            "programs",
            "name",
            "title",
            "addresses",
            "federal_register_notice",
            "start_date",
            "end_date",
            "standard_order",
            "license_requirement",
            "license_policy",
            "call_sign",
            "vessel_type",
            "gross_tonnage",
            "gross_registered_tonnage",
            "vessel_flag",
            "vessel_owner",
            "remarks",
            "source_list_url",
            "alt_names",
            "citizenships",
            "dates_of_birth",
            "nationalities",
            "places_of_birth",
            "source_information_url",
            "ids");

    private CslCsvImporter() {}

    static List<ListEntry> read(SourceFile file) throws ImportException {
        CsvReader reader = new CsvReader(file.name(), file.text(), ',');
        CsvReader.Row header = reader.next();
        if (header == null) {
            throw new ImportException(file.name(), 1, "empty file");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
                throw new ImportException(file.name(), 1, "CSL header lacks column '" + c + "'");
            }
        }
        boolean hasId = col.containsKey("_id");
        List<ListEntry> entries = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            if (row.size() != header.size()) {
                throw new ImportException(
                        file.name(), row.line(), "expected " + header.size() + " fields, found " + row.size());
            }
            String source = row.get(col.get("source")).strip();
            String list = ListCodes.fromCslSource(source);
            if (list == null) {
                throw new ImportException(file.name(), row.line(), "field 'source': no list code in '" + source + "'");
            }
            String name = Fields.clean(row.get(col.get("name")));
            if (name.isEmpty()) {
                throw new ImportException(file.name(), row.line(), "field 'name' is empty");
            }
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(Fields.splitSemicolons(row.get(col.get("alt_names"))));
            List<String> addresses = Fields.splitSemicolons(row.get(col.get("addresses")));
            Set<String> countries = new LinkedHashSet<>(Fields.countriesFromAddresses(addresses));
            countries.addAll(Fields.countryCodes(row.get(col.get("citizenships"))));
            countries.addAll(Fields.countryCodes(row.get(col.get("nationalities"))));
            String fr = Fields.clean(row.get(col.get("federal_register_notice")));
            String id = hasId ? row.get(col.get("_id")).strip() : "";
            if (id.isEmpty()) {
                String number = row.get(col.get("entity_number")).strip();
                id = !number.isEmpty() ? number : list + "-" + Fields.hashId(source, name, fr);
            }
            id = Fields.unique(id, seen);
            entries.add(new ListEntry(
                    list,
                    id,
                    Fields.clean(row.get(col.get("type"))),
                    names,
                    addresses,
                    new ArrayList<>(countries),
                    Fields.clean(row.get(col.get("programs"))),
                    fr,
                    Fields.clean(row.get(col.get("start_date"))),
                    Fields.clean(row.get(col.get("license_requirement"))),
                    Fields.clean(row.get(col.get("license_policy"))),
                    Fields.clean(row.get(col.get("remarks"))),
                    Fields.clean(row.get(col.get("source_list_url")))));
        }
        return entries;
    }
}
