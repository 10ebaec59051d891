package dev.licit.screening.eval;

import dev.licit.screening.NameComparison;
import dev.licit.screening.Thresholds;
import dev.licit.screening.match.TokenAlignment;
import java.util.List;

/** What the evaluation tests ask of a comparison: the default thresholds, and one line of its alignment. */
final class Comparisons {
    private Comparisons() {}

    static NameComparison.Result compare(String party, String listed) {
        return NameComparison.compare(party, listed, Thresholds.DEFAULT);
    }

    /** The alignment line of the party's word (or words) in a comparison's explanation. */
    static TokenAlignment lineOf(NameComparison.Result r, String partyWords) {
        List<TokenAlignment> lines = r.explanation().alignment();
        return lines.stream()
                .filter(a -> a.query().equals(partyWords))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + partyWords + " in " + lines));
    }
}
