package dev.licit.core.decide;

import dev.licit.core.explain.Reason;
import dev.licit.core.explain.Templates;
import dev.licit.core.rulebook.FactKey;
import dev.licit.core.rulebook.RequireRule;
import dev.licit.core.rulebook.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whom a require entry binds (an is-informed letter, 15 CFR 744.23(b), binds the person BIS informed;
 * the file's {@code binds}) and how the order's exporter stands to it. The addressee needs the
 * license; another exporter shipping the same chip is not bound, but the letter tells it that BIS
 * sees a diversion risk there: a red flag (Supplement No. 3 to part 732) reported without raising
 * the verdict. An order that does not name its exporter cannot be told apart, and is asked for it.
 */
final class Binding {
    private Binding() {}

    /** The order's exporter against an entry's binds. */
    enum Stand {
        /** the entry binds every exporter, or this one */
        BOUND,
        /** the entry binds others: a red flag for this exporter */
        OTHER,
        /** the order does not name its exporter */
        UNNAMED
    }

    /** The input an unnamed exporter is asked for. */
    static final String EXPORTER_NAME = "exporter.name";

    /** Compiled once: a license is compared with every order it may cover. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words of a company name that do not tell companies apart ("NVIDIA Corporation" is "Nvidia Corp."). */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "the",
            "corporation",
            "corp",
            "incorporated",
            "inc",
            "company",
            "co",
            "limited",
            "ltd",
            "llc",
            "plc",
            "gmbh",
            "ag",
            "sa");

    static Stand of(Rule r, Map<String, Object> facts) {
        if (r.binds().isEmpty()) {
            return Stand.BOUND;
        }
        Object name = FactKey.EXPORTER_NAME.get(facts);
        if (name == null || name.toString().isBlank()) {
            return Stand.UNNAMED;
        }
        List<String> exporter = words(name.toString());
        for (String b : r.binds()) {
            List<String> bound = words(b);
            // the addressee, or a company whose name begins with it (its subsidiaries: the safe side)
            if (!bound.isEmpty()
                    && exporter.size() >= bound.size()
                    && exporter.subList(0, bound.size()).equals(bound)) {
                return Stand.BOUND;
            }
        }
        return Stand.OTHER;
    }

    /** A name's distinguishing words, in lower case, without punctuation or legal forms. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The red flag an entry that binds others raises for this exporter's line. */
    static Reason redFlag(RequireRule r, Map<String, Object> facts) {
        String binds = String.join(", ", r.binds());
        String exporter = String.valueOf(FactKey.EXPORTER_NAME.get(facts));
        String letter = r.summary() == null ? DecisionEngine.titleOf(r) : Templates.render(r.summary(), facts);
        return new Reason(
                r.id(),
                r.citationText(),
                r.reliability(),
                "Red flag: " + letter + " That letter binds " + binds + ", not the exporter " + exporter
                        + ", so it requires no license of this order; but BIS named this chip as a diversion risk"
                        + " to these destinations and parties: resolve the red flag (end use, end user) before shipping.",
                Map.of("rule", DecisionEngine.titleOf(r), "binds", binds, "exporter", exporter),
                "overlay.redFlag");
    }
}
