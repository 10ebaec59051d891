package dev.licit.screening.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.screening.list.ListEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the trade.gov Consolidated Screening List JSON: {@code {"results": [ {...}, ... ]}} (the
 * download and the search API) or a bare array of results. Each result is read with its line number
 * so that a bad record is reported where it is. In JSON, {@code alt_names} is an array and
 * {@code addresses} an array of objects with a {@code country} code; {@code id} replaces the CSV's
 * {@code _id}.
 */
final class CslJsonImporter {

    private CslJsonImporter() {}

    static List<ListEntry> read(SourceFile file) throws ImportException {
        List<ListEntry> entries = new ArrayList<>();
        try (JsonParser p = Json.COMPACT.createParser(file.text())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                boolean found = false;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("results")) {
                        found = true;
                        readArray(file, p, entries);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) {
                    throw new ImportException(file.name(), 1, "CSL JSON has no 'results' array");
                }
            } else if (t == JsonToken.START_ARRAY) {
                readArray(file, p, entries);
            } else {
                throw new ImportException(file.name(), 1, "CSL JSON must be an object with 'results' or an array");
            }
            if (p.nextToken() != null) {
                throw new ImportException(file.name(), p.currentLocation().getLineNr(), "trailing content after JSON");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(file.name(), line, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file.name(), 0, "cannot read JSON: " + e.getMessage(), e);
        }
        return entries;
    }

    private static void readArray(SourceFile file, JsonParser p, List<ListEntry> entries)
            throws IOException, ImportException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ImportException(file.name(), p.currentLocation().getLineNr(), "'results' must be an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file.name(), line, "each result must be a JSON object");
            }
            JsonNode r = p.readValueAsTree();
            entries.add(toEntry(file, line, r));
        }
    }

    private static ListEntry toEntry(SourceFile file, long line, JsonNode r) throws ImportException {
        String source = text(r, "source");
        String list = ListCodes.fromCslSource(source);
        if (list == null) {
            throw new ImportException(file.name(), line, "field 'source': no list code in '" + source + "'");
        }
        String name = Fields.clean(text(r, "name"));
        if (name.isEmpty()) {
            throw new ImportException(file.name(), line, "field 'name' is missing or empty");
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(stringsOrSplit(r.get("alt_names")));
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        JsonNode addrs = r.get("addresses");
        if (addrs != null && addrs.isArray()) {
            for (JsonNode a : addrs) {
                if (a.isObject()) {
                    List<String> parts = new ArrayList<>();
                    for (String f : List.of("address", "city", "state", "postal_code", "country")) {
                        String v = Fields.clean(text(a, f));
                        if (!v.isEmpty()) {
                            parts.add(v);
                        }
                    }
                    if (!parts.isEmpty()) {
                        addresses.add(String.join(", ", parts));
                    }
                    String cc = CountryCodes.of(text(a, "country"));
                    if (cc != null) {
                        countries.add(cc);
                    }
                } else if (a.isTextual()) {
                    addresses.add(Fields.clean(a.asText()));
                }
            }
        }
        countries.addAll(Fields.countriesFromAddresses(addresses));
        for (String f : List.of("citizenships", "nationalities")) {
            for (String c : stringsOrSplit(r.get(f))) {
                String cc = CountryCodes.of(c);
                if (cc != null) {
                    countries.add(cc);
                }
            }
        }
        String fr = Fields.clean(text(r, "federal_register_notice"));
        String id = text(r, "id");
        if (id.isEmpty()) {
            id = text(r, "_id");
        }
        if (id.isEmpty()) {
            id = text(r, "entity_number");
        }
        if (id.isEmpty()) {
            id = list + "-" + Fields.hashId(source, name, fr);
        }
        return new ListEntry(
                list,
                id,
                Fields.clean(text(r, "type")),
                names,
                addresses,
                new ArrayList<>(countries),
                String.join("; ", stringsOrSplit(r.get("programs"))),
                fr,
                Fields.clean(text(r, "start_date")),
                Fields.clean(text(r, "license_requirement")),
                Fields.clean(text(r, "license_policy")),
                Fields.clean(text(r, "remarks")),
                Fields.clean(text(r, "source_list_url")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText().strip() : "";
    }

    private static List<String> stringsOrSplit(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode e : v) {
                String s = Fields.clean(e.asText());
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }
        return Fields.splitSemicolons(v.asText());
    }
}
