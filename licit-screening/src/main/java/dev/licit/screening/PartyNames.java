package dev.licit.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a party field lists. Orders and pair files often carry a party's aliases in one field
 * ("Azim Adhajani; Azim Agha-Jani", "Nova Trading a.k.a. Star Systems", "X (formerly Y)"): compared
 * as one long name, each alias drowns in the others' words. A screen therefore also compares each
 * listed name on its own and keeps the best (the whole field is still compared, so no name that was
 * flagged stops being flagged). Only the party's side is split: a list entry's own names are the
 * list's business ({@code Aliases} reads them).
 *
 * <p>Separators: a semicolon, and the words that introduce another name of the same party: a.k.a.
 * (aka, a/k/a), f.k.a. (fka, f/k/a), "also known as", "formerly known as", "formerly", "alias". The
 * words count only between blanks, brackets or punctuation (Akamai and Aliasgar are names), and only
 * when a name stands on both sides.
 */
final class PartyNames {
    private PartyNames() {}

    /** Semicolons, and the alias words between non-letters (before: start, blank or bracket). */
    private static final Pattern SEPARATOR = Pattern.compile(
            ";|(?<![\\p{L}\\p{N}])(?:a\\.?k\\.?a\\.?|a/k/a|f\\.?k\\.?a\\.?|f/k/a|also\\s+known\\s+as"
                    + "|formerly\\s+known\\s+as|formerly|alias)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * At most this many names are screened apart: each costs a screen, and a field is untrusted input
     * (a thousand semicolons must not cost a thousand screens). Names past it are still screened as
     * part of the whole field.
     */
    static final int MAX_PARTS = 8;

    /** The Normalizer reads a name's first 512 characters; the names are taken from those too. */
    private static final int MAX_FIELD = 512;

    /**
     * The separate names of a party field, in order, without the separators, at most
     * {@value #MAX_PARTS}; empty when the field names one party only (no separator, or fewer than two
     * names around them).
     */
    static List<String> split(String field) {
        if (field == null || !mayList(field)) {
            return List.of();
        }
        if (field.length() > MAX_FIELD) {
            field = field.substring(0, MAX_FIELD);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(field);
        int start = 0;
        while (m.find()) {
            add(parts, field.substring(start, m.start()));
            start = m.end();
        }
        add(parts, field.substring(start));
        if (parts.size() > MAX_PARTS) {
            return List.copyOf(parts.subList(0, MAX_PARTS));
        }
        return parts.size() >= 2 ? List.copyOf(parts) : List.of();
    }

    /** A cheap test first: most names hold neither a semicolon nor any of the words. */
    private static boolean mayList(String field) {
        if (field.indexOf(';') >= 0) {
            return true;
        }
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.contains("k")
                        && (lower.contains("a") || lower.contains("f"))
                        && (lower.contains("aka")
                                || lower.contains("a.k")
                                || lower.contains("a/k")
                                || lower.contains("fka")
                                || lower.contains("f.k")
                                || lower.contains("f/k")
                                || lower.contains("known"))
                || lower.contains("formerly")
                || lower.contains("alias");
    }

    /** A part as a name: its brackets balanced (a bracket opened before a separator closes after it) and its edges trimmed. */
    private static void add(List<String> parts, String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int depth = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == ')') {
                if (depth == 0) {
                    continue; // closes a bracket opened in an earlier part
                }
                depth--;
            } else if (c == '(') {
                depth++;
            }
            sb.append(c);
        }
        String part = sb.toString();
        // a bracket left open introduces the list of other names ("X (Y; Z)"): what follows it is a name
        List<String> tails = new ArrayList<>();
        while (depth > 0) {
            int open = unmatchedOpen(part);
            tails.addFirst(part.substring(open + 1));
            part = part.substring(0, open);
            depth--;
        }
        tails.addFirst(part);
        for (String t : tails) {
            String name = trimEdges(t);
            if (hasLetterOrDigit(name) && !boilerplate(name)) {
                parts.add(name);
            }
        }
    }

    /** The lists' "; and any successor, sub-unit, or subsidiary thereof" names no party (the Normalizer drops it). */
    private static boolean boilerplate(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.startsWith("and any") || lower.startsWith("andany");
    }

    private static int unmatchedOpen(String s) {
        int depth = 0;
        for (int k = s.length() - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        throw new IllegalStateException("no unmatched bracket in " + s);
    }

    /** Blanks, commas, colons and dashes left by the separator are not part of a name. */
    private static String trimEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdge(s.charAt(a))) {
            a++;
        }
        while (b > a && isEdge(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ':' || c == '-' || c == '/' || c == '"';
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
