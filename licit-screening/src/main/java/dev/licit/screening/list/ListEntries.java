package dev.licit.screening.list;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entry per listed party across source files (issue 17 point 6). The CSL repeats what OFAC's,
 * BIS's and the curated files carry: imported together, one party would give two hits and two cases
 * to clear. Two entries of different files are one when they are on the same list and either share
 * the publisher's id (the CSL's SDN rows carry OFAC's entry number) or, where one file has no such id
 * (the CSL hashes its own for the DPL and the Entity List), share their primary name. Entries of one
 * file are never merged with each other: a publisher that lists a name twice means two entries.
 */
public final class ListEntries {
    private ListEntries() {}

    public static List<ListEntry> mergeAcrossSources(List<ListEntry> entries) {
        List<ListEntry> out = new ArrayList<>(entries.size());
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (ListEntry e : entries) {
            String idKey = e.list() + "\u0000" + e.entryId();
            String nameKey = e.list() + "\u0000" + nameKey(e.name());
            Integer at = byId.get(idKey);
            if (at == null || !fromOtherFiles(out.get(at), e)) {
                at = byName.get(nameKey);
                if (at != null && !fromOtherFiles(out.get(at), e)) {
                    at = null;
                }
            }
            if (at == null) {
                byId.putIfAbsent(idKey, out.size());
                byName.putIfAbsent(nameKey, out.size());
                out.add(e);
            } else {
                out.set(at, merged(out.get(at), e));
            }
        }
        return out;
    }

    /** Whether two entries come from disjoint source files (an entry without sources is from none). */
    private static boolean fromOtherFiles(ListEntry a, ListEntry b) {
        if (a.sources().isEmpty() || b.sources().isEmpty()) {
            return false;
        }
        for (String s : b.sources()) {
            if (a.sources().contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** The first entry, with what the second adds: names, addresses, countries, sources, empty fields. */
    static ListEntry merged(ListEntry a, ListEntry b) {
        return new ListEntry(
                a.list(),
                a.entryId(),
                a.type().isEmpty() ? b.type() : a.type(),
                union(a.names(), b.names()),
                union(a.addresses(), b.addresses()),
                union(a.countries(), b.countries()),
                a.programs().isEmpty() ? b.programs() : a.programs(),
                a.federalRegisterNotice().isEmpty() ? b.federalRegisterNotice() : a.federalRegisterNotice(),
                a.startDate().isEmpty() ? b.startDate() : a.startDate(),
                a.licenseRequirement().isEmpty() ? b.licenseRequirement() : a.licenseRequirement(),
                a.licensePolicy().isEmpty() ? b.licensePolicy() : a.licensePolicy(),
                a.remarks().isEmpty() ? b.remarks() : a.remarks(),
                a.sourceUrl().isEmpty() ? b.sourceUrl() : a.sourceUrl(),
                union(a.sources(), b.sources()));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    /** A name as a key: compatibility-folded, upper case, letters and digits only, one space between words. */
    static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || cp == ',' || cp == '-' || cp == '/') {
                gap = true;
            }
        }
        return b.toString();
    }
}
