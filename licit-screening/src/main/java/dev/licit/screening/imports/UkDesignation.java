package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One UK Sanctions List designation being collected, from the XML's {@code Designation} element or
 * from the CSV's rows that share a Unique ID (the CSV repeats the designation on one row per name
 * and per address), and the entry it becomes.
 */
final class UkDesignation {
    static final String LIST = "UK";
    static final String PAGE = "https://www.gov.uk/government/publications/the-uk-sanctions-list";
    private static final Pattern DMY = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    // "The Russia (Sanctions) (EU Exit) Regulations 2019" -> Russia
    private static final Pattern REGIME = Pattern.compile("^(?:The )?(.+?) \\(Sanctions\\).*$");

    final String uniqueId;
    final long line;
    String type = "";
    String regime = "";
    String dateDesignated = "";
    String unReference = "";
    String otherInformation = "";
    String statementOfReasons = "";
    private String primary = "";
    private final Set<String> otherNames = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();

    UkDesignation(String uniqueId, long line) {
        this.uniqueId = uniqueId;
        this.line = line;
    }

    /** A name made of Name 1..5 (given names) followed by Name 6 (surname, or the whole name of an entity). */
    void addName(List<String> parts, String nameType) {
        String name = Fields.clean(String.join(" ", parts));
        if (name.isEmpty()) {
            return;
        }
        // "Primary Name" is the name; "Primary Name Variation" and "Alias" are other names
        if (primary.isEmpty() && Fields.clean(nameType).equalsIgnoreCase("primary name")) {
            primary = name;
            otherNames.remove(name);
        } else if (!name.equals(primary)) {
            otherNames.add(name);
        }
    }

    /** A name in its own script (Cyrillic, Arabic, Chinese ...), kept as an alias. */
    void addNonLatinName(String name) {
        String n = Fields.clean(name);
        if (!n.isEmpty() && !n.equals(primary)) {
            otherNames.add(n);
        }
    }

    void addAddress(List<String> lines, String postalCode, String country) {
        List<String> parts = new ArrayList<>();
        for (String l : lines) {
            String v = Fields.clean(l);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        String pc = Fields.clean(postalCode);
        if (!pc.isEmpty()) {
            parts.add(pc);
        }
        String c = Fields.clean(country);
        if (!parts.isEmpty() && !c.isEmpty()) {
            parts.add(c);
        }
        if (!parts.isEmpty()) {
            addresses.add(String.join(", ", parts));
        }
        addCountry(c);
    }

    void addCountry(String name) {
        String cc = CountryCodes.of(Fields.clean(name));
        if (cc != null) {
            countries.add(cc);
        }
    }

    static String designationType(String value) {
        return switch (Fields.clean(value).toLowerCase(Locale.ROOT)) {
            case "individual" -> "Individual";
            case "entity" -> "Entity";
            case "ship" -> "Vessel";
            default -> Fields.clean(value);
        };
    }

    ListEntry toEntry(SourceFile file) throws ImportException {
        List<String> names = new ArrayList<>();
        if (!primary.isEmpty()) {
            names.add(primary);
        }
        names.addAll(otherNames);
        if (names.isEmpty()) {
            throw new ImportException(file.name(), line, "designation " + uniqueId + " has no name");
        }
        Matcher m = REGIME.matcher(regime);
        String programme = m.matches() ? m.group(1) : regime;
        List<String> notice = new ArrayList<>();
        if (!regime.isEmpty()) {
            notice.add(regime);
        }
        if (!unReference.isEmpty()) {
            notice.add("UN reference " + unReference);
        }
        List<String> remarks = new ArrayList<>();
        if (!otherInformation.isEmpty()) {
            remarks.add(otherInformation);
        }
        if (!statementOfReasons.isEmpty()) {
            remarks.add("UK statement of reasons: " + statementOfReasons);
        }
        return new ListEntry(
                LIST,
                uniqueId,
                type,
                names,
                new ArrayList<>(addresses),
                new ArrayList<>(countries),
                programme,
                String.join("; ", notice),
                isoDate(dateDesignated),
                "",
                "",
                String.join(" ", remarks),
                PAGE);
    }

    /** The list writes dd/mm/yyyy; the other lists and the engine use ISO dates. Anything else is kept as published. */
    static String isoDate(String dmy) {
        String d = Fields.clean(dmy);
        Matcher m = DMY.matcher(d);
        return m.matches() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) : d;
    }
}
