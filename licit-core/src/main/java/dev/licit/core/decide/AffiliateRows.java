package dev.licit.core.decide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Entity List names an affiliate as its own row, "PARENT. Affiliated Entity: AFFILIATE" (issue 17):
 * a search for the parent's name finds the parent and every affiliate row. This arranges a list of hits
 * so each parent's affiliate rows follow it as one group, at the place of the first of them, for
 * screening results and decisions alike. Grouping only arranges: every affiliate stays a hit of its own
 * (a listed party, cleared by its own entry), and no hit is dropped or added.
 */
public final class AffiliateRows {
    private static final Pattern AFFILIATE = Pattern.compile("(?i)\\baffiliated entit(?:y|ies):\\s*");
    // compiled once: every decision with a list hit groups its hits by these keys
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.;,]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AffiliateRows() {}

    /** One line of an arranged result. */
    public sealed interface Item<T> {
        /** A hit that is neither an affiliate row nor the parent of one in this result. */
        record Single<T>(T hit) implements Item<T> {}

        /**
         * A parent with its affiliate rows.
         *
         * @param parentName the parent as the affiliate rows name it
         * @param parent the parent's own hit when it is in the result, else null (only its affiliates matched)
         * @param affiliates the affiliate rows, in the result's order (at least one)
         */
        record Group<T>(String parentName, T parent, List<T> affiliates) implements Item<T> {
            public Group {
                affiliates = List.copyOf(affiliates);
            }
        }
    }

    /** The parent an entry's published name gives it, if it is an affiliate row. */
    public static Optional<String> parentOf(String listedName) {
        if (listedName == null) {
            return Optional.empty();
        }
        Matcher m = AFFILIATE.matcher(listedName);
        if (!m.find()) {
            return Optional.empty();
        }
        String parent = TRAILING_PUNCTUATION
                .matcher(listedName.substring(0, m.start()).strip())
                .replaceAll("");
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }

    /**
     * The hits in their order, each parent's affiliate rows gathered under it (at the place of the first
     * of the group). A parent and its affiliates are matched on one list, by name without case, accents
     * or punctuation.
     */
    public static <T> List<Item<T>> arrange(
            List<T> hits, Function<? super T, String> list, Function<? super T, String> listedName) {
        Map<String, List<T>> affiliates = new LinkedHashMap<>();
        Map<String, String> parentNames = new LinkedHashMap<>();
        for (T h : hits) {
            parentOf(listedName.apply(h)).ifPresent(p -> {
                String k = key(list.apply(h), p);
                affiliates.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
                parentNames.putIfAbsent(k, p);
            });
        }
        if (affiliates.isEmpty()) {
            return hits.stream().<Item<T>>map(Item.Single::new).toList();
        }
        Map<String, T> parents = new LinkedHashMap<>();
        for (T h : hits) {
            String k = key(list.apply(h), listedName.apply(h));
            if (parentOf(listedName.apply(h)).isEmpty() && affiliates.containsKey(k)) {
                parents.putIfAbsent(k, h);
            }
        }
        List<Item<T>> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (T h : hits) {
            Optional<String> parent = parentOf(listedName.apply(h));
            String k = parent.map(p -> key(list.apply(h), p)).orElse(key(list.apply(h), listedName.apply(h)));
            boolean grouped = parent.isPresent() || parents.get(k) == h;
            if (!grouped) {
                out.add(new Item.Single<>(h));
            } else if (placed.add(k)) {
                out.add(new Item.Group<>(parentNames.get(k), parents.get(k), affiliates.get(k)));
            }
        }
        return out;
    }

    /** Only the groups of {@link #arrange}, in order. */
    public static <T> List<Item.Group<T>> groups(
            List<T> hits, Function<? super T, String> list, Function<? super T, String> listedName) {
        List<Item.Group<T>> out = new ArrayList<>();
        for (Item<T> i : arrange(hits, list, listedName)) {
            if (i instanceof Item.Group<T> g) {
                out.add(g);
            }
        }
        return out;
    }

    /** A parent's name as both kinds of row spell it: case, accents, punctuation and spacing aside; on one list. */
    public static String key(String list, String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD))
                .replaceAll("");
        String folded = NOT_LETTERS
                .matcher(unmarked.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        return list + "|" + folded;
    }
}
