package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU "Consolidated list of persons, groups and entities subject to EU financial
 * sanctions" as the Commission's Financial Sanctions Files (FSF) publish it in XML (schema 1.1:
 * root {@code export} in namespace {@code http://eu.europa.ec/fpi/fsd/export}, one {@code
 * sanctionEntity} per listed party, data in attributes).
 *
 * <p>Every {@code nameAlias} is a name (the first one the primary; the translations into the EU
 * languages, Cyrillic and Greek included, are aliases); {@code subjectType} person/enterprise gives
 * Individual/Entity; countries come from {@code citizenship} and {@code address} ISO codes
 * ({@code 00} is the list's "UNKNOWN"); the programmes are the {@code regulation} programme codes
 * (RUS, UKR, IRN ...), the notice is the regulations' {@code numberTitle} (the Official Journal
 * reference) and the start date is the entity's {@code designationDate}, or when absent the earliest
 * regulation publication date.
 */
final class EuFsfXmlImporter {
    static final String LIST = "EU";
    static final String PAGE = "https://webgate.ec.europa.eu/fsd/fsf";

    private EuFsfXmlImporter() {}

    static List<ListEntry> read(SourceFile file) throws ImportException {
        Set<String> seen = new java.util.HashSet<>();
        return XmlInput.records(file, "export", "an FSF export", "sanctionEntity", x -> readEntity(file, x, seen));
    }

    private static ListEntry readEntity(SourceFile file, XMLStreamReader x, Set<String> seen)
            throws XMLStreamException, ImportException {
        long line = x.getLocation().getLineNumber();
        String ref = XmlInput.attr(x, "euReferenceNumber");
        String logicalId = XmlInput.attr(x, "logicalId");
        String designationDate = XmlInput.attr(x, "designationDate");
        String id = !ref.isEmpty() ? ref : !logicalId.isEmpty() ? "EU-" + logicalId : "";
        if (id.isEmpty()) {
            throw new ImportException(file.name(), line, "sanctionEntity has neither euReferenceNumber nor logicalId");
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> programmes = new LinkedHashSet<>();
        Set<String> notices = new LinkedHashSet<>();
        List<String> remarks = new ArrayList<>();
        String type = "";
        String earliestRegulation = "";
        String legalActUrl = "";
        int depth = 1;
        String parent = "";
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String el = x.getLocalName();
            if (depth == 2) {
                parent = el;
                switch (el) {
                    case "nameAlias" -> {
                        String whole = XmlInput.attr(x, "wholeName");
                        if (whole.isEmpty()) {
                            whole = Fields.clean(String.join(
                                    " ",
                                    XmlInput.attr(x, "firstName"),
                                    XmlInput.attr(x, "middleName"),
                                    XmlInput.attr(x, "lastName")));
                        }
                        if (!whole.isEmpty()) {
                            names.add(whole);
                        }
                    }
                    case "subjectType" ->
                        type = subjectType(XmlInput.attr(x, "code"), XmlInput.attr(x, "classificationCode"));
                    case "citizenship" -> addCountry(countries, x);
                    case "address" -> {
                        String a = address(x);
                        if (!a.isEmpty()) {
                            addresses.add(a);
                        }
                        addCountry(countries, x);
                    }
                    case "regulation" -> {
                        String programme = XmlInput.attr(x, "programme");
                        if (!programme.isEmpty()) {
                            programmes.add(programme);
                        }
                        String numberTitle = XmlInput.attr(x, "numberTitle");
                        if (!numberTitle.isEmpty()) {
                            notices.add(numberTitle);
                        }
                        String published = XmlInput.attr(x, "publicationDate");
                        if (!published.isEmpty()
                                && (earliestRegulation.isEmpty() || published.compareTo(earliestRegulation) < 0)) {
                            earliestRegulation = published;
                        }
                    }
                    case "remark" -> {
                        String r = Fields.clean(x.getElementText());
                        depth--;
                        if (!r.isEmpty()) {
                            remarks.add(r);
                        }
                    }
                    default -> {}
                }
            } else if (depth == 3 && parent.equals("regulation") && el.equals("publicationUrl")) {
                String url = Fields.clean(x.getElementText());
                depth--;
                if (legalActUrl.isEmpty()) {
                    legalActUrl = url;
                }
            }
        }
        if (names.isEmpty()) {
            throw new ImportException(file.name(), line, "sanctionEntity " + id + " has no nameAlias with a name");
        }
        return new ListEntry(
                LIST,
                Fields.unique(id, seen),
                type,
                new ArrayList<>(names),
                addresses,
                new ArrayList<>(countries),
                String.join("; ", programmes),
                String.join("; ", notices),
                !designationDate.isEmpty() ? designationDate : earliestRegulation,
                "",
                "",
                String.join("; ", remarks),
                legalActUrl.isEmpty() ? PAGE : legalActUrl);
    }

    private static String subjectType(String code, String classification) {
        return switch (code.isEmpty() ? classification : code) {
            case "person", "P" -> "Individual";
            case "enterprise", "E" -> "Entity";
            default -> code.isEmpty() ? classification : code;
        };
    }

    private static void addCountry(Set<String> countries, XMLStreamReader x) {
        String iso = XmlInput.attr(x, "countryIso2Code");
        // "00" is the list's code for UNKNOWN
        String cc = !iso.isEmpty() && !iso.equals("00") ? CountryCodes.of(iso) : null;
        if (cc == null) {
            cc = CountryCodes.of(XmlInput.attr(x, "countryDescription"));
        }
        if (cc != null) {
            countries.add(cc);
        }
    }

    private static String address(XMLStreamReader x) {
        List<String> parts = new ArrayList<>();
        for (String a : List.of("street", "poBox", "zipCode", "city", "place", "region")) {
            String v = XmlInput.attr(x, a);
            if (!v.isEmpty()) {
                parts.add(a.equals("poBox") ? "PO Box " + v : v);
            }
        }
        String country = XmlInput.attr(x, "countryDescription");
        if (!parts.isEmpty() && !country.isEmpty() && !country.equals("UNKNOWN")) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }
}
