package dev.licit.screening.ownership;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Beneficial Ownership Data Standard statements, a JSON array. Versions 0.2 and 0.3 write {@code
 * statementID}, {@code statementType} ({@code entityStatement}, {@code personStatement}, {@code
 * ownershipOrControlStatement}) and reference parties as {@code subject.describedByEntityStatement}
 * and {@code interestedParty.describedBy(Entity|Person)Statement}; 0.4 writes {@code recordId},
 * {@code recordType} ({@code entity}, {@code person}, {@code relationship}) and the details under
 * {@code recordDetails}, referencing parties by recordId. Both are read.
 *
 * <p>Each {@code shareholding} interest is one link with its share: {@code exact}, or else the upper
 * bound ({@code maximum}/{@code exclusiveMaximum}: a band that may reach 50 % is not read as below
 * it), or else a lower bound only when it is 50 or more; otherwise the share is unknown (null).
 * A relationship with interests but none a shareholding (voting rights, board appointment,
 * control) is one link with an unknown share. Passed over, each with a note: statements another
 * statement replaces, an unspecified interested party, and an indirect relationship whose component
 * statements are given (the components are the chain; the summary would count it twice).
 */
final class BodsReader {
    static final Set<String> INTEREST_FIELDS = Set.of(
            "type",
            "interestLevel",
            "directOrIndirect",
            "beneficialOwnershipOrControl",
            "details",
            "share",
            "startDate",
            "endDate");
    static final Set<String> SHARE_FIELDS =
            Set.of("exact", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
    static final Set<String> RELATIONSHIP_FIELDS = Set.of(
            "statementID",
            "statementId",
            "statementType",
            "statementDate",
            "subject",
            "interestedParty",
            "interests",
            "source",
            "annotations",
            "replacesStatements",
            "publicationDetails",
            "isComponent",
            "componentStatementIDs",
            "componentRecords",
            "recordId",
            "recordType",
            "recordStatus",
            "recordDetails",
            "declaration",
            "declarationSubject");

    private record Party(String name, String country) {}

    private record Rel(SourceFile file, long line, String id, JsonNode statement, JsonNode details) {}

    private BodsReader() {}

    static Map<SourceFile, OwnershipImporter.Read> read(List<SourceFile> files) throws ImportException {
        Map<String, Party> parties = new HashMap<>();
        Set<String> replaced = new HashSet<>();
        List<Rel> rels = new ArrayList<>();
        for (SourceFile f : files) {
            for (JsonElements.Element el : JsonElements.read(f, null)) {
                JsonNode s = el.node();
                long line = el.line();
                String type = Values.text(s, "statementType");
                String recordType = Values.text(s, "recordType");
                boolean v04 = type.isEmpty() && !recordType.isEmpty();
                String id = v04 ? Values.text(s, "recordId") : Values.text(s, "statementID");
                JsonNode d = v04 ? s.path("recordDetails") : s;
                String kind = v04 ? recordType : type;
                if (id.isEmpty()) {
                    throw new ImportException(
                            f.name(), line, "field '" + (v04 ? "recordId" : "statementID") + "' is missing");
                }
                for (JsonNode r : s.path("replacesStatements")) {
                    replaced.add(r.asText());
                }
                switch (kind) {
                    case "entityStatement", "entity" -> parties.putIfAbsent(id, entity(f, line, id, d));
                    case "personStatement", "person" -> parties.putIfAbsent(id, person(f, line, id, d));
                    case "ownershipOrControlStatement", "relationship" -> rels.add(new Rel(f, line, id, s, d));
                    default ->
                        throw new ImportException(
                                f.name(),
                                line,
                                "field '" + (v04 ? "recordType" : "statementType") + "': unknown statement type '"
                                        + kind + "'");
                }
            }
        }
        Map<SourceFile, List<OwnershipLink>> links = new LinkedHashMap<>();
        Map<SourceFile, List<String>> notes = new LinkedHashMap<>();
        files.forEach(f -> {
            links.put(f, new ArrayList<>());
            notes.put(f, new ArrayList<>());
        });
        for (Rel r : rels) {
            relationship(r, parties, replaced, links.get(r.file()), notes.get(r.file()));
        }
        Map<SourceFile, OwnershipImporter.Read> out = new LinkedHashMap<>();
        for (SourceFile f : files) {
            out.put(f, new OwnershipImporter.Read(links.get(f), notes.get(f)));
        }
        return out;
    }

    private static Party entity(SourceFile f, long line, String id, JsonNode d) throws ImportException {
        String name = Values.text(d, "name");
        if (name.isEmpty()) {
            throw new ImportException(f.name(), line, "entity " + id + ": field 'name' is missing");
        }
        String cc = Values.country(Values.text(d.path("incorporatedInJurisdiction"), "code"));
        if (cc == null) {
            cc = Values.country(Values.text(d.path("jurisdiction"), "code"));
        }
        return new Party(name, cc);
    }

    private static Party person(SourceFile f, long line, String id, JsonNode d) throws ImportException {
        String name = "";
        for (JsonNode n : d.path("names")) {
            String full = Values.text(n, "fullName");
            if (full.isEmpty()) {
                full = (Values.text(n, "givenName") + " " + Values.text(n, "familyName")).strip();
            }
            if (!full.isEmpty() && (name.isEmpty() || "individual".equals(Values.text(n, "type")))) {
                name = full;
            }
        }
        if (name.isEmpty()) {
            throw new ImportException(f.name(), line, "person " + id + ": field 'names' has no fullName");
        }
        String cc = null;
        for (JsonNode n : d.path("nationalities")) {
            cc = cc == null ? Values.country(Values.text(n, "code")) : cc;
        }
        return new Party(name, cc);
    }

    private static void relationship(
            Rel r, Map<String, Party> parties, Set<String> replaced, List<OwnershipLink> out, List<String> notes)
            throws ImportException {
        String file = r.file().name();
        long line = r.line();
        JsonNode d = r.details();
        for (Iterator<String> it = r.statement().fieldNames(); it.hasNext(); ) {
            String m = it.next();
            if (!RELATIONSHIP_FIELDS.contains(m)) {
                throw new ImportException(file, line, "statement " + r.id() + ": unknown field '" + m + "'");
            }
        }
        if (replaced.contains(r.id()) || replaced.contains(Values.text(r.statement(), "statementId"))) {
            notes.add(file + ":" + line + ": statement " + r.id() + " is replaced by a later one: passed over");
            return;
        }
        String subjectId = ref(d.path("subject"), "describedByEntityStatement");
        JsonNode ip = d.path("interestedParty");
        String partyId = ref(ip, "describedByEntityStatement");
        if (partyId == null) {
            partyId = ref(ip, "describedByPersonStatement");
        }
        if (subjectId == null) {
            throw new ImportException(file, line, "statement " + r.id() + ": field 'subject' names no entity");
        }
        if (partyId == null) {
            notes.add(file + ":" + line + ": statement " + r.id() + ": the interested party is unspecified ("
                    + Values.text(ip.has("unspecified") ? ip.path("unspecified") : ip, "reason") + "): no link");
            return;
        }
        Party subject = parties.get(subjectId);
        Party owner = parties.get(partyId);
        if (subject == null) {
            throw new ImportException(
                    file, line, "statement " + r.id() + ": field 'subject': no entity statement '" + subjectId + "'");
        }
        if (owner == null) {
            throw new ImportException(
                    file,
                    line,
                    "statement " + r.id() + ": field 'interestedParty': no entity or person statement '" + partyId
                            + "'");
        }
        boolean hasComponents = d.path("componentStatementIDs").size() > 0
                || d.path("componentRecords").size() > 0;
        List<JsonNode> shareholdings = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean indirect = false;
        for (JsonNode i : d.path("interests")) {
            for (Iterator<String> it = i.fieldNames(); it.hasNext(); ) {
                String m = it.next();
                if (!INTEREST_FIELDS.contains(m)) {
                    throw new ImportException(
                            file, line, "statement " + r.id() + ": unknown interest field '" + m + "'");
                }
            }
            String type = Values.text(i, "type");
            types.add(type);
            indirect |= "indirect".equals(Values.text(i, "directOrIndirect"))
                    || "indirect".equals(Values.text(i, "interestLevel"));
            if (type.equals("shareholding")) {
                shareholdings.add(i);
            }
        }
        if (indirect && hasComponents) {
            notes.add(file + ":" + line + ": statement " + r.id()
                    + " is an indirect interest given with its component statements: the components are read");
            return;
        }
        String source = "bods:" + r.id();
        if (shareholdings.isEmpty()) {
            JsonNode first =
                    d.path("interests").size() > 0 ? d.path("interests").get(0) : null;
            out.add(OwnershipImporter.link(
                    file,
                    line,
                    owner.name(),
                    owner.country(),
                    subject.name(),
                    subject.country(),
                    null,
                    Values.date(Values.text(first, "startDate"), false, file, line, "interests[0].startDate"),
                    Values.date(Values.text(first, "endDate"), true, file, line, "interests[0].endDate"),
                    source + (types.isEmpty() ? " (no interests given)" : " (" + String.join(", ", types) + ")")));
            return;
        }
        for (int k = 0; k < shareholdings.size(); k++) {
            JsonNode i = shareholdings.get(k);
            String field = "interests[" + k + "]";
            out.add(OwnershipImporter.link(
                    file,
                    line,
                    owner.name(),
                    owner.country(),
                    subject.name(),
                    subject.country(),
                    share(file, line, r.id(), i.path("share"), field + ".share"),
                    Values.date(Values.text(i, "startDate"), false, file, line, field + ".startDate"),
                    Values.date(Values.text(i, "endDate"), true, file, line, field + ".endDate"),
                    source));
        }
    }

    /** A 0.2/0.3 reference object ({@code {"describedByEntityStatement": id}}) or a 0.4 recordId string. */
    private static String ref(JsonNode n, String member) {
        if (n.isTextual()) {
            return n.asText().isBlank() ? null : n.asText().strip();
        }
        String v = Values.text(n, member);
        return v.isEmpty() ? null : v;
    }

    private static Double share(String file, long line, String id, JsonNode s, String field) throws ImportException {
        if (s.isMissingNode() || s.isNull()) {
            return null;
        }
        if (!s.isObject()) {
            throw new ImportException(file, line, "statement " + id + ": field '" + field + "' must be an object");
        }
        Map<String, Double> v = new HashMap<>();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String m = it.next();
            if (!SHARE_FIELDS.contains(m)) {
                throw new ImportException(file, line, "statement " + id + ": unknown field '" + field + "." + m + "'");
            }
            JsonNode n = s.get(m);
            if (n.isBoolean() && m.startsWith("exclusive")) {
                // 0.2 and 0.3: a flag saying minimum/maximum is exclusive; 0.4: the bound itself
                continue;
            }
            if (!n.isNumber()) {
                throw new ImportException(
                        file, line, "statement " + id + ": field '" + field + "." + m + "' must be a number");
            }
            v.put(m, Values.checked(n.asDouble(), n.asText(), file, line, field + "." + m));
        }
        if (v.containsKey("exact")) {
            return v.get("exact");
        }
        Double max = v.containsKey("maximum") ? v.get("maximum") : v.get("exclusiveMaximum");
        if (max != null) {
            return max;
        }
        Double min = v.containsKey("minimum") ? v.get("minimum") : v.get("exclusiveMinimum");
        return min != null && min >= 50 ? min : null;
    }
}
