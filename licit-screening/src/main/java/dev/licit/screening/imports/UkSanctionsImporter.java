package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UK Sanctions List that the FCDO publishes, in its XML form (root {@code Designations},
 * one {@code Designation} per listed person, entity or ship) and its CSV form (a {@code Report
 * Date:} line, then a header starting {@code Last Updated,Unique ID}, then one row per name and
 * address of each designation, grouped here by Unique ID).
 *
 * <p>The Unique ID (RUS0001, AFG0006 ...) is the entry id; a name is Name 1..5 followed by Name 6;
 * the "Primary Name" is the entry's name, "Primary Name Variation", "Alias" and the non-Latin script
 * names are aliases. The regime is the programme (shortened from "The Russia (Sanctions) (EU Exit)
 * Regulations 2019" to "Russia") and its full title the notice, the date designated the start date.
 */
final class UkSanctionsImporter {
    /** The CSV columns an entry cannot be built without; the others are used when present. */
    static final List<String> REQUIRED = List.of("Unique ID", "Name 6", "Name type");

    private UkSanctionsImporter() {}

    // ---------------------------------------------------------------- XML

    static List<ListEntry> readXml(SourceFile file) throws ImportException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return XmlInput.records(file, "Designations", "Designations", "Designation", x -> {
            ListEntry e = readDesignation(file, x);
            if (!seen.add(e.entryId())) {
                throw new ImportException(
                        file.name(), 0, "Unique ID " + e.entryId() + " is designated twice in the file");
            }
            return e;
        });
    }

    /**
     * Collects the text of each leaf element with the element it sits in, so that a name part
     * ({@code Name1}..{@code Name6} in a {@code Name}), an address line (in an {@code Address}) and
     * a nationality are recognised wherever the publisher nests them.
     */
    private static ListEntry readDesignation(SourceFile file, XMLStreamReader x)
            throws XMLStreamException, ImportException {
        long line = x.getLocation().getLineNumber();
        Map<String, String> top = new HashMap<>();
        List<String[]> names = new ArrayList<>(); // parts then name type
        List<String> nonLatin = new ArrayList<>();
        List<String[]> addresses = new ArrayList<>(); // line1..6, postal code, country
        List<String> nationalities = new ArrayList<>();
        String[] name = null;
        String[] address = null;
        List<String> stack = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String el = x.getLocalName();
                stack.add(el);
                text.setLength(0);
                if (el.equals("Name") && stack.size() == 2) {
                    name = new String[7];
                } else if (el.equals("Address")) {
                    address = new String[8];
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (stack.isEmpty()) {
                    break; // the end of the Designation itself
                }
                String el = stack.removeLast();
                String v = Fields.clean(text.toString());
                text.setLength(0);
                String parent = stack.isEmpty() ? "" : stack.getLast();
                if (stack.isEmpty()) {
                    top.put(el.toLowerCase(Locale.ROOT), v);
                }
                if (name != null && parent.equals("Name") && el.matches("Name[1-6]")) {
                    name[el.charAt(4) - '1'] = v;
                } else if (name != null && parent.equals("Name") && el.equals("NameType")) {
                    name[6] = v;
                } else if (el.equals("Name") && name != null) {
                    names.add(name);
                    name = null;
                } else if (el.equals("NameNonLatinScript")) {
                    nonLatin.add(v);
                } else if (address != null && parent.equals("Address")) {
                    switch (el) {
                        case "AddressLine1",
                                "AddressLine2",
                                "AddressLine3",
                                "AddressLine4",
                                "AddressLine5",
                                "AddressLine6" -> address[el.charAt(11) - '1'] = v;
                        case "AddressPostalCode" -> address[6] = v;
                        case "AddressCountry" -> address[7] = v;
                        default -> {}
                    }
                } else if (el.equals("Address") && address != null) {
                    addresses.add(address);
                    address = null;
                } else if (el.equals("Nationality")) {
                    nationalities.add(v);
                }
            }
        }
        String id = top.getOrDefault("uniqueid", "");
        if (id.isEmpty()) {
            throw new ImportException(file.name(), line, "Designation has no UniqueID");
        }
        UkDesignation d = new UkDesignation(id, line);
        d.type = UkDesignation.designationType(top.getOrDefault("individualentityship", ""));
        d.regime = top.getOrDefault("regimename", "");
        d.dateDesignated = top.getOrDefault("datedesignated", "");
        d.unReference = top.getOrDefault("unreferencenumber", "");
        d.otherInformation = top.getOrDefault("otherinformation", "");
        // the element is spelt UKStatementofReasons in the published file; the case is not relied on
        d.statementOfReasons = top.getOrDefault("ukstatementofreasons", "");
        for (String[] n : names) {
            d.addName(parts(n), n[6]);
        }
        nonLatin.forEach(d::addNonLatinName);
        for (String[] a : addresses) {
            d.addAddress(Arrays.asList(a).subList(0, 6), a[6], a[7]);
        }
        nationalities.forEach(d::addCountry);
        return d.toEntry(file);
    }

    /** Name 1..5 then Name 6, skipping the absent parts. */
    private static List<String> parts(String[] n) {
        List<String> p = new ArrayList<>();
        for (int i : new int[] {0, 1, 2, 3, 4, 5}) {
            if (n[i] != null && !n[i].isEmpty()) {
                p.add(n[i]);
            }
        }
        return p;
    }

    // ---------------------------------------------------------------- CSV

    static List<ListEntry> readCsv(SourceFile file) throws ImportException {
        CsvReader reader = new CsvReader(file.name(), file.text(), ',');
        CsvReader.Row header = reader.next();
        if (header != null && header.size() == 1 && header.get(0).strip().startsWith("Report Date:")) {
            header = reader.next();
        }
        if (header == null) {
            throw new ImportException(file.name(), 1, "no header line");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        for (String c : REQUIRED) {
            if (!col.containsKey(c)) {
                throw new ImportException(
                        file.name(), header.line(), "UK Sanctions List header lacks column '" + c + "'");
            }
        }
        Map<String, UkDesignation> byId = new LinkedHashMap<>();
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            if (row.size() != header.size()) {
                throw new ImportException(
                        file.name(), row.line(), "expected " + header.size() + " fields, found " + row.size());
            }
            CsvReader.Row r = row;
            java.util.function.Function<String, String> get =
                    c -> col.containsKey(c) ? Fields.clean(r.get(col.get(c))) : "";
            String id = get.apply("Unique ID");
            if (id.isEmpty()) {
                throw new ImportException(file.name(), row.line(), "field 'Unique ID' is empty");
            }
            UkDesignation d = byId.computeIfAbsent(id, k -> new UkDesignation(k, r.line()));
            d.type = first(d.type, UkDesignation.designationType(get.apply("Designation Type")));
            d.regime = first(d.regime, get.apply("Regime Name"));
            d.dateDesignated = first(d.dateDesignated, get.apply("Date Designated"));
            d.unReference = first(d.unReference, get.apply("UN Reference Number"));
            d.otherInformation = first(d.otherInformation, get.apply("Other Information"));
            d.statementOfReasons = first(d.statementOfReasons, get.apply("UK Statement of Reasons"));
            List<String> parts = new ArrayList<>();
            for (String c : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
                String v = get.apply(c);
                if (!v.isEmpty()) {
                    parts.add(v);
                }
            }
            d.addName(parts, get.apply("Name type"));
            d.addNonLatinName(get.apply("Name non-latin script"));
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                lines.add(get.apply("Address Line " + i));
            }
            d.addAddress(lines, get.apply("Address Postal Code"), get.apply("Address Country"));
            d.addCountry(get.apply("Nationality(/ies)"));
        }
        List<ListEntry> out = new ArrayList<>();
        for (UkDesignation d : byId.values()) {
            out.add(d.toEntry(file));
        }
        return out;
    }

    private static String first(String current, String candidate) {
        return current.isEmpty() ? candidate : current;
    }
}
