package dev.licit.screening.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small helpers shared by the importers for splitting and cleaning published field values. */
final class Fields {
    private Fields() {}

    /** Splits a {@code ;}-joined CSL field into trimmed, non-empty parts. */
    static List<String> splitSemicolons(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(";")) {
            String p = clean(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Trims and collapses blanks; OFAC's {@code -0-} empty marker becomes the empty string. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        // C1 controls 0x91-0x94 are Windows-1252 quotes decoded as Latin-1 (the CSL has "Gui\u0092an")
        String v = value.replace('\u00A0', ' ')
                .replace('\u0091', '‘')
                .replace('\u0092', '’')
                .replace('\u0093', '“')
                .replace('\u0094', '”')
                .strip()
                .replaceAll("\\s+", " ");
        return v.equals("-0-") ? "" : v;
    }

    /** Makes {@code id} unique among {@code seen} by appending {@code #2}, {@code #3} ... (the CSL repeats some). */
    static String unique(String id, java.util.Set<String> seen) {
        String candidate = id;
        for (int n = 2; !seen.add(candidate); n++) {
            candidate = id + "#" + n;
        }
        return candidate;
    }

    /** ISO codes found at the end of CSL address parts ({@code ..., Shenzhen, CN}) and in code lists. */
    static List<String> countriesFromAddresses(List<String> addresses) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : addresses) {
            String[] parts = a.split(",");
            String last = parts[parts.length - 1].strip();
            String cc = CountryCodes.of(last);
            if (cc != null) {
                out.add(cc);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> countryCodes(String semicolonList) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : splitSemicolons(semicolonList)) {
            String cc = CountryCodes.of(p);
            if (cc != null) {
                out.add(cc);
            }
        }
        return new ArrayList<>(out);
    }

    /** A short stable id for lists that publish none: the first 16 hex digits of a SHA-1. */
    static String hashId(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
