package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council Consolidated List XML with StAX (no DTDs, no external entities).
 * An INDIVIDUAL's name is its FIRST..FOURTH_NAME parts joined; NAME_ORIGINAL_SCRIPT and every
 * non-empty ALIAS_NAME become aliases. Countries come from nationality and address countries.
 */
final class UnXmlImporter {
    private UnXmlImporter() {}

    static List<ListEntry> read(SourceFile file) throws ImportException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ListEntry> out = new ArrayList<>();
        XMLStreamReader x = null;
        try {
            x = f.createXMLStreamReader(new StringReader(file.text()));
            boolean sawRoot = false;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = x.getLocalName();
                if (el.equals("CONSOLIDATED_LIST")) {
                    sawRoot = true;
                } else if (el.equals("INDIVIDUAL") || el.equals("ENTITY")) {
                    out.add(readRecord(file, x, el));
                }
            }
            if (!sawRoot) {
                throw new ImportException(file.name(), 1, "no CONSOLIDATED_LIST root element");
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ImportException(file.name(), line, "malformed XML: " + stripLocation(e.getMessage()), e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // nothing useful to do: the reader holds no file handle
                }
            }
        }
        return out;
    }

    private static ListEntry readRecord(SourceFile file, XMLStreamReader x, String kind)
            throws XMLStreamException, ImportException {
        long line = x.getLocation().getLineNumber();
        String[] nameParts = new String[4];
        String dataId = "";
        String ref = "";
        String listType = "";
        String listedOn = "";
        String comments = "";
        String original = "";
        List<String> aliases = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        List<String> addressParts = new ArrayList<>();
        String section = "";
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String el = x.getLocalName();
                if (depth == 2) {
                    section = el;
                    if (section.endsWith("_ADDRESS")) {
                        addressParts.clear();
                    }
                }
                if (depth == 2 && isLeaf(el)) {
                    String v = Fields.clean(x.getElementText());
                    depth--;
                    switch (el) {
                        case "FIRST_NAME" -> nameParts[0] = v;
                        case "SECOND_NAME" -> nameParts[1] = v;
                        case "THIRD_NAME" -> nameParts[2] = v;
                        case "FOURTH_NAME" -> nameParts[3] = v;
                        case "DATAID" -> dataId = v;
                        case "REFERENCE_NUMBER" -> ref = v;
                        case "UN_LIST_TYPE" -> listType = v;
                        case "LISTED_ON" -> listedOn = v;
                        case "COMMENTS1" -> comments = v;
                        case "NAME_ORIGINAL_SCRIPT" -> original = v;
                        default -> {}
                    }
                } else if (depth == 3) {
                    if (section.endsWith("_ALIAS") && el.equals("ALIAS_NAME")) {
                        String v = Fields.clean(x.getElementText());
                        depth--;
                        if (!v.isEmpty()) {
                            aliases.add(v);
                        }
                    } else if (section.equals("NATIONALITY") && el.equals("VALUE")) {
                        String cc = CountryCodes.of(x.getElementText());
                        depth--;
                        if (cc != null) {
                            countries.add(cc);
                        }
                    } else if (section.endsWith("_ADDRESS")
                            && (el.equals("STREET")
                                    || el.equals("CITY")
                                    || el.equals("STATE_PROVINCE")
                                    || el.equals("COUNTRY"))) {
                        String v = Fields.clean(x.getElementText());
                        depth--;
                        if (!v.isEmpty()) {
                            addressParts.add(v);
                            if (el.equals("COUNTRY")) {
                                String cc = CountryCodes.of(v);
                                if (cc != null) {
                                    countries.add(cc);
                                }
                            }
                        }
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1 && section.endsWith("_ADDRESS") && !addressParts.isEmpty()) {
                    addresses.add(String.join(", ", addressParts));
                    addressParts.clear();
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (String p : nameParts) {
            if (p != null && !p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            throw new ImportException(file.name(), line, kind + " " + dataId + " has no FIRST_NAME");
        }
        List<String> names = new ArrayList<>();
        names.add(String.join(" ", parts));
        if (!original.isEmpty()) {
            names.add(original);
        }
        names.addAll(aliases);
        String id = !ref.isEmpty() ? ref : "UN-" + dataId;
        return new ListEntry(
                "UN",
                id,
                kind.equals("INDIVIDUAL") ? "Individual" : "Entity",
                names,
                addresses,
                new ArrayList<>(countries),
                listType,
                "",
                listedOn,
                "",
                "",
                comments,
                "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list");
    }

    private static boolean isLeaf(String el) {
        return switch (el) {
            case "FIRST_NAME",
                    "SECOND_NAME",
                    "THIRD_NAME",
                    "FOURTH_NAME",
                    "DATAID",
                    "REFERENCE_NUMBER",
                    "UN_LIST_TYPE",
                    "LISTED_ON",
                    "COMMENTS1",
                    "NAME_ORIGINAL_SCRIPT",
                    "VERSIONNUM",
                    "GENDER",
                    "SORT_KEY",
                    "SORT_KEY_LAST_MOD",
                    "SUBMITTED_BY",
                    "DELISTED_ON" -> true;
            default -> false;
        };
    }

    private static String stripLocation(String message) {
        // the StAX message repeats the position in its own words; we report the line ourselves
        int i = message == null ? -1 : message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + 9) : String.valueOf(message);
    }
}
