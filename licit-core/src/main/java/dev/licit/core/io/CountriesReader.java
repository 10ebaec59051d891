package dev.licit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.country.Countries;
import dev.licit.core.country.Country;
import dev.licit.core.country.Membership;
import dev.licit.core.json.Json;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.Problem;
import dev.licit.core.rulebook.RulebookException;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code data/countries/countries.yaml}; refuses the whole file on any defect. */
final class CountriesReader {

    private CountriesReader() {}

    public static Countries read(String fileName, Reader reader) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = Json.YAML.readTree(reader);
        } catch (IOException e) {
            throw new RulebookException(List.of(new Problem(fileName, 0, null, "not valid YAML: " + e.getMessage())));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        JsonNode src = root == null ? null : root.get("sources");
        if (src != null) {
            src.properties().forEach(e -> sources.put(e.getKey(), e.getValue().asText()));
        }
        List<Country> countries = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("countries");
        if (list == null || !list.isArray()) {
            throw new RulebookException(List.of(new Problem(fileName, 0, null, "no 'countries' list")));
        }
        for (JsonNode c : list) {
            String code = text(c, "code");
            if (code == null || !code.matches("[A-Z]{2}")) {
                problems.add(new Problem(fileName, 0, code, "country code must be two upper-case letters"));
                continue;
            }
            List<Membership> ms = new ArrayList<>();
            JsonNode groups = c.get("groups");
            if (groups != null) {
                for (JsonNode g : groups) {
                    String group = text(g, "group");
                    String source = text(g, "source");
                    String rel = text(g, "reliability");
                    if (group == null || source == null || rel == null) {
                        problems.add(
                                new Problem(fileName, 0, code, "each group needs 'group', 'source' and 'reliability'"));
                        continue;
                    }
                    if (!sources.containsKey(source)) {
                        problems.add(new Problem(
                                fileName, 0, code, "group " + group + " cites unknown source '" + source + "'"));
                    }
                    try {
                        ms.add(new Membership(
                                group,
                                date(g, "from"),
                                date(g, "to"),
                                source,
                                Reliability.valueOf(rel.toUpperCase(Locale.ROOT)),
                                text(g, "note")));
                    } catch (DateTimeParseException | IllegalArgumentException e) {
                        problems.add(new Problem(fileName, 0, code, "group " + group + ": " + e.getMessage()));
                    }
                }
            }
            countries.add(new Country(code, text(c, "name"), text(c, "treatedAs"), text(c, "treatedAsNote"), ms));
        }
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new Countries(countries, sources);
    }

    private static LocalDate date(JsonNode n, String f) {
        String s = text(n, f);
        return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n == null ? null : n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
