package dev.licit.screening.ownership;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.CsvReader;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GLEIF Level 2 relationship records (RR-CDF): the golden-copy CSV ({@code Relationship.StartNode.NodeID},
 * ...), the golden-copy JSON ({@code {"relations": [{"RelationshipRecord": ...}]}}, XML turned to
 * JSON with values under {@code "$"}) and the API's JSON:API ({@code {"data": [{"type":
 * "relationship-records", ...}]}}). The start node is the child, the end node the parent: a
 * {@code IS_DIRECTLY_CONSOLIDATED_BY} or {@code IS_ULTIMATELY_CONSOLIDATED_BY} record is a link
 * parent owns child. GLEIF records accounting consolidation, not shares, so the percent is unknown
 * (null), never read as 100. Dates are the {@code RELATIONSHIP_PERIOD}'s.
 *
 * <p>Level 1 files (golden-copy CSV or JSON, API {@code lei-records}) given in the same import
 * name the LEIs (legal name and legal-address country); an LEI no Level 1 file names stands as its
 * own name, and the import says so: a name-based screen cannot match an LEI against a list.
 * Passed over with a note: other relationship types (fund management, branches, feeders), records
 * GLEIF annulled or marked duplicate, and INACTIVE records without an end date.
 */
final class GleifReader {
    /** The golden-copy relationship CSV's columns (periods, qualifiers and quantifiers are numbered). */
    private static final Pattern RR_COLUMN =
            Pattern.compile("Relationship\\.(StartNode\\.NodeID(Type)?|EndNode\\.NodeID(Type)?"
                    + "|RelationshipType|RelationshipStatus|Period\\.\\d+\\.(startDate|endDate|periodType)"
                    + "|Qualifiers\\.\\d+\\.Qualifier(Dimension|Category)|Quantifiers\\.\\d+\\.(MeasurementMethod|QuantifierAmount"
                    + "|QuantifierUnits))|Registration\\.(InitialRegistrationDate|LastUpdateDate|RegistrationStatus|NextRenewalDate"
                    + "|ManagingLOU|ValidationSources|ValidationDocuments|ValidationReference)");

    /** One relationship record, whatever file shape it came in. */
    private record Record(
            SourceFile file,
            long line,
            String child,
            String parent,
            String type,
            String status,
            String start,
            String end,
            String registrationStatus) {}

    private record Entity(String name, String country) {}

    private GleifReader() {}

    static Map<SourceFile, OwnershipImporter.Read> read(List<SourceFile> files) throws ImportException {
        Map<String, Entity> names = new HashMap<>();
        List<Record> records = new ArrayList<>();
        Map<SourceFile, Boolean> level1 = new LinkedHashMap<>();
        for (SourceFile f : files) {
            String text = f.text().startsWith("\uFEFF") ? f.text().substring(1) : f.text();
            boolean l1;
            if (text.stripLeading().startsWith("{")) {
                l1 = readJson(f, names, records);
            } else {
                l1 = readCsv(f, names, records);
            }
            level1.put(f, l1);
        }
        Map<SourceFile, List<OwnershipLink>> links = new LinkedHashMap<>();
        Map<SourceFile, List<String>> notes = new LinkedHashMap<>();
        files.forEach(f -> {
            links.put(f, new ArrayList<>());
            notes.put(f, new ArrayList<>());
        });
        java.util.Set<String> unnamed = new java.util.TreeSet<>();
        for (Record r : records) {
            String where = r.file().name() + ":" + r.line();
            if (!r.type().equals("IS_DIRECTLY_CONSOLIDATED_BY") && !r.type().equals("IS_ULTIMATELY_CONSOLIDATED_BY")) {
                notes.get(r.file()).add(where + ": " + r.type() + " is not a consolidation link: passed over");
                continue;
            }
            if (r.registrationStatus().equals("ANNULLED")
                    || r.registrationStatus().equals("DUPLICATE")) {
                notes.get(r.file()).add(where + ": record " + r.registrationStatus() + " by GLEIF: passed over");
                continue;
            }
            String file = r.file().name();
            var end = Values.date(r.end(), true, file, r.line(), "RELATIONSHIP_PERIOD endDate");
            if (r.status().equals("INACTIVE") && end == null) {
                notes.get(r.file()).add(where + ": INACTIVE relationship without an end date: passed over");
                continue;
            }
            Entity parent = names.get(r.parent());
            Entity child = names.get(r.child());
            if (parent == null) {
                unnamed.add(r.parent());
            }
            if (child == null) {
                unnamed.add(r.child());
            }
            links.get(r.file())
                    .add(OwnershipImporter.link(
                            file,
                            r.line(),
                            parent == null ? r.parent() : parent.name(),
                            parent == null ? null : parent.country(),
                            child == null ? r.child() : child.name(),
                            child == null ? null : child.country(),
                            null,
                            Values.date(r.start(), false, file, r.line(), "RELATIONSHIP_PERIOD startDate"),
                            end,
                            "gleif:" + r.child() + (r.type().startsWith("IS_DIRECTLY") ? " direct" : " ultimate")
                                    + " parent " + r.parent()));
        }
        if (!unnamed.isEmpty()) {
            SourceFile first = files.get(0);
            notes.get(first)
                    .add(unnamed.size() + " LEI(s) named by no Level 1 file stand as their own name (give the Level 1"
                            + " file to screen them by name): "
                            + String.join(", ", unnamed.stream().limit(10).toList())
                            + (unnamed.size() > 10 ? ", ..." : ""));
        }
        Map<SourceFile, OwnershipImporter.Read> out = new LinkedHashMap<>();
        for (SourceFile f : files) {
            out.put(f, new OwnershipImporter.Read(links.get(f), notes.get(f)));
        }
        return out;
    }

    /** Reads a CSV file; returns true when it was a Level 1 file. */
    private static boolean readCsv(SourceFile f, Map<String, Entity> names, List<Record> records)
            throws ImportException {
        CsvReader r = new CsvReader(f.name(), f.text(), ',');
        CsvReader.Row header = r.next();
        if (header == null) {
            throw new ImportException(f.name(), 0, "the file is empty");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        if (col.containsKey("LEI")) {
            for (String need : List.of("Entity.LegalName")) {
                if (!col.containsKey(need)) {
                    throw new ImportException(f.name(), header.line(), "Level 1 CSV without a '" + need + "' column");
                }
            }
            CsvReader.Row row;
            while ((row = r.next()) != null) {
                String lei = row.get(col.get("LEI")).strip();
                String name = row.get(col.get("Entity.LegalName")).strip();
                if (lei.isEmpty() || name.isEmpty()) {
                    throw new ImportException(
                            f.name(),
                            row.line(),
                            "field '" + (lei.isEmpty() ? "LEI" : "Entity.LegalName") + "' is empty");
                }
                Integer c = col.get("Entity.LegalAddress.Country");
                names.putIfAbsent(lei, new Entity(name, c == null ? null : Values.country(row.get(c))));
            }
            return true;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!RR_COLUMN.matcher(header.get(i).strip()).matches()) {
                throw new ImportException(
                        f.name(),
                        header.line(),
                        "unknown column '" + header.get(i).strip() + "' for a GLEIF relationship file");
            }
        }
        for (String need : List.of(
                "Relationship.StartNode.NodeID", "Relationship.EndNode.NodeID", "Relationship.RelationshipType")) {
            if (!col.containsKey(need)) {
                throw new ImportException(f.name(), header.line(), "no '" + need + "' column");
            }
        }
        CsvReader.Row row;
        while ((row = r.next()) != null) {
            if (row.size() != header.size()) {
                throw new ImportException(
                        f.name(), row.line(), "has " + row.size() + " fields where the header has " + header.size());
            }
            String start = null;
            String end = null;
            for (int n = 1; col.containsKey("Relationship.Period." + n + ".periodType"); n++) {
                if (row.get(col.get("Relationship.Period." + n + ".periodType"))
                        .strip()
                        .equals("RELATIONSHIP_PERIOD")) {
                    start = get(row, col, "Relationship.Period." + n + ".startDate");
                    end = get(row, col, "Relationship.Period." + n + ".endDate");
                }
            }
            records.add(record(
                    f,
                    row.line(),
                    get(row, col, "Relationship.StartNode.NodeID"),
                    get(row, col, "Relationship.EndNode.NodeID"),
                    get(row, col, "Relationship.RelationshipType"),
                    get(row, col, "Relationship.RelationshipStatus"),
                    start,
                    end,
                    get(row, col, "Registration.RegistrationStatus")));
        }
        return false;
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.get(i).strip();
    }

    private static Record record(
            SourceFile f,
            long line,
            String child,
            String parent,
            String type,
            String status,
            String start,
            String end,
            String registration)
            throws ImportException {
        if (child.isEmpty()) {
            throw new ImportException(f.name(), line, "field 'StartNode.NodeID' is empty");
        }
        if (parent.isEmpty()) {
            throw new ImportException(f.name(), line, "field 'EndNode.NodeID' is empty");
        }
        if (type.isEmpty()) {
            throw new ImportException(f.name(), line, "field 'RelationshipType' is empty");
        }
        if (!status.isEmpty() && !status.equals("ACTIVE") && !status.equals("INACTIVE")) {
            throw new ImportException(
                    f.name(), line, "field 'RelationshipStatus': '" + status + "' is neither ACTIVE nor INACTIVE");
        }
        return new Record(f, line, child, parent, type, status, start, end, registration);
    }

    /** Reads a JSON file (golden copy or API); returns true when it was a Level 1 file. */
    private static boolean readJson(SourceFile f, Map<String, Entity> names, List<Record> records)
            throws ImportException {
        String member = JsonElements.firstMember(f);
        switch (member) {
            case "relations" -> {
                for (JsonElements.Element el : JsonElements.read(f, "relations")) {
                    JsonNode rel = el.node().path("RelationshipRecord").path("Relationship");
                    if (rel.isMissingNode()) {
                        throw new ImportException(
                                f.name(), el.line(), "field 'RelationshipRecord.Relationship' is missing");
                    }
                    String start = null;
                    String end = null;
                    JsonNode periods = rel.path("RelationshipPeriods").path("RelationshipPeriod");
                    for (JsonNode p : periods.isArray() ? periods : List.of(periods)) {
                        if (d(p.path("PeriodType")).equals("RELATIONSHIP_PERIOD")) {
                            start = d(p.path("StartDate"));
                            end = d(p.path("EndDate"));
                        }
                    }
                    records.add(record(
                            f,
                            el.line(),
                            d(rel.path("StartNode").path("NodeID")),
                            d(rel.path("EndNode").path("NodeID")),
                            d(rel.path("RelationshipType")),
                            d(rel.path("RelationshipStatus")),
                            start,
                            end,
                            d(el.node()
                                    .path("RelationshipRecord")
                                    .path("Registration")
                                    .path("RegistrationStatus"))));
                }
                return false;
            }
            case "records" -> {
                for (JsonElements.Element el : JsonElements.read(f, "records")) {
                    String lei = d(el.node().path("LEI"));
                    String name = d(el.node().path("Entity").path("LegalName"));
                    if (lei.isEmpty() || name.isEmpty()) {
                        throw new ImportException(
                                f.name(),
                                el.line(),
                                "field '" + (lei.isEmpty() ? "LEI" : "Entity.LegalName") + "' is missing");
                    }
                    names.putIfAbsent(
                            lei,
                            new Entity(
                                    name,
                                    Values.country(d(el.node()
                                            .path("Entity")
                                            .path("LegalAddress")
                                            .path("Country")))));
                }
                return true;
            }
            case "data" -> {
                boolean l1 = false;
                for (JsonElements.Element el : JsonElements.read(f, "data")) {
                    String type = Values.text(el.node(), "type");
                    JsonNode a = el.node().path("attributes");
                    if (type.equals("lei-records")) {
                        l1 = true;
                        String lei =
                                Values.text(a, "lei").isEmpty() ? Values.text(el.node(), "id") : Values.text(a, "lei");
                        String name = Values.text(a.path("entity").path("legalName"), "name");
                        if (lei.isEmpty() || name.isEmpty()) {
                            throw new ImportException(
                                    f.name(),
                                    el.line(),
                                    "field '" + (lei.isEmpty() ? "lei" : "entity.legalName.name") + "' is missing");
                        }
                        names.putIfAbsent(
                                lei,
                                new Entity(
                                        name,
                                        Values.country(
                                                Values.text(a.path("entity").path("legalAddress"), "country"))));
                    } else if (type.equals("relationship-records")) {
                        JsonNode rel = a.path("relationship");
                        String start = null;
                        String end = null;
                        for (JsonNode p : rel.path("periods")) {
                            if (Values.text(p, "type").equals("RELATIONSHIP_PERIOD")) {
                                start = Values.text(p, "startDate");
                                end = Values.text(p, "endDate");
                            }
                        }
                        records.add(record(
                                f,
                                el.line(),
                                Values.text(rel.path("startNode"), "id"),
                                Values.text(rel.path("endNode"), "id"),
                                Values.text(rel, "type"),
                                Values.text(rel, "status"),
                                start,
                                end,
                                Values.text(a.path("registration"), "status")));
                    } else {
                        throw new ImportException(
                                f.name(),
                                el.line(),
                                "field 'type': '" + type + "' is neither lei-records nor relationship-records");
                    }
                }
                return l1;
            }
            default ->
                throw new ImportException(
                        f.name(),
                        1,
                        "a GLEIF JSON file starts with 'relations', 'records' or 'data', not '" + member + "'");
        }
    }

    /** A golden-copy value: {@code {"$": "text"}} (XML turned to JSON), or a plain string. */
    private static String d(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (n.isObject()) {
            JsonNode v = n.get("$");
            return v == null || v.isNull() ? "" : v.asText().strip();
        }
        return n.asText().strip();
    }
}
