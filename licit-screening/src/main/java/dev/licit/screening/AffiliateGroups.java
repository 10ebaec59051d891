package dev.licit.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Entity List names an affiliate as "PARENT. Affiliated Entity: AFFILIATE" (issue 17 point 6), one
 * row each: a search for the parent's name finds the parent and every affiliate row. This groups a
 * result's affiliates under their parent, in the order of the first of them, so a reviewer reads one
 * parent with its affiliates instead of twenty hits. Grouping only arranges the hits: each affiliate
 * stays a hit of its own (it is a listed party, and a case clears it by its own entry).
 */
public final class AffiliateGroups {
    private static final Pattern AFFILIATE = Pattern.compile("(?i)\\baffiliated entit(?:y|ies):\\s*");

    private AffiliateGroups() {}

    /** One line of a grouped result. */
    public sealed interface Item {
        /** A hit that is neither an affiliate row nor the parent of one in this result. */
        record Single(ScreeningMatch match) implements Item {}

        /**
         * A parent with its affiliate rows.
         *
         * @param parentName the parent as the affiliate rows name it
         * @param parent the parent's own entry when it is in the result, else null (only its affiliates matched)
         */
        record Group(String parentName, ScreeningMatch parent, List<ScreeningMatch> affiliates) implements Item {
            public Group {
                affiliates = List.copyOf(affiliates);
            }
        }
    }

    /** The parent an entry's published name gives it ("Huawei Technologies Co., Ltd. (Huawei)"), if it is an affiliate row. */
    public static Optional<String> parentOf(String listedName) {
        if (listedName == null) {
            return Optional.empty();
        }
        Matcher m = AFFILIATE.matcher(listedName);
        if (!m.find()) {
            return Optional.empty();
        }
        String parent = listedName.substring(0, m.start()).strip().replaceAll("[\\s.;,]+$", "");
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }

    /** The hits in their order, each parent's affiliate rows gathered under it (at the place of the first of them). */
    public static List<Item> of(List<ScreeningMatch> matches) {
        Map<String, List<ScreeningMatch>> affiliates = new LinkedHashMap<>();
        Map<String, String> parentNames = new LinkedHashMap<>();
        for (ScreeningMatch m : matches) {
            parentOf(m.listedName()).ifPresent(p -> {
                affiliates
                        .computeIfAbsent(key(m.list(), p), k -> new ArrayList<>())
                        .add(m);
                parentNames.putIfAbsent(key(m.list(), p), p);
            });
        }
        Map<String, ScreeningMatch> parents = new LinkedHashMap<>();
        for (ScreeningMatch m : matches) {
            String k = key(m.list(), m.listedName());
            if (parentOf(m.listedName()).isEmpty() && affiliates.containsKey(k)) {
                parents.putIfAbsent(k, m);
            }
        }
        List<Item> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (ScreeningMatch m : matches) {
            Optional<String> parent = parentOf(m.listedName());
            String k = parent.map(p -> key(m.list(), p)).orElse(key(m.list(), m.listedName()));
            boolean grouped = parent.isPresent() || parents.get(k) == m;
            if (!grouped) {
                out.add(new Item.Single(m));
            } else if (placed.add(k)) {
                out.add(new Item.Group(parentNames.get(k), parents.get(k), affiliates.get(k)));
            }
        }
        return out;
    }

    /** A parent's name as both kinds of row spell it: case, accents, punctuation and spacing aside; on one list. */
    static String key(String list, String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return list + "|" + folded;
    }
}
