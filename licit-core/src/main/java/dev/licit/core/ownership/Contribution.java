package dev.licit.core.ownership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One owner's part in a party's covered share: the owner is listed ({@code listings}) or itself
 * covered ({@code via}, its own listed owners), and passes on its whole holding.
 *
 * @param percent the share held, or null when unknown
 */
public record Contribution(String owner, Double percent, List<Listing> listings, List<Contribution> via) {
    public Contribution {
        listings = List.copyOf(listings);
        via = List.copyOf(via);
    }

    /** "Huawei Technologies 30 % (Entity List, 84 FR 22961)". */
    public String words() {
        StringBuilder b = new StringBuilder(owner).append(' ');
        b.append(percent == null ? "share unknown" : percent(percent) + " %");
        List<String> why = new ArrayList<>();
        for (Listing l : listings) {
            why.add(l.words());
        }
        if (!via.isEmpty()) {
            why.add("itself owned by listed parties: " + join(via));
        }
        if (!why.isEmpty()) {
            b.append(" (").append(String.join("; ", why)).append(')');
        }
        return b.toString();
    }

    static String join(List<Contribution> cs) {
        List<String> parts = new ArrayList<>();
        cs.forEach(c -> parts.add(c.words()));
        return String.join(", ", parts);
    }

    /** A share as people write it: 55, 49.99, 33.3333 (at most four decimals). */
    public static String percent(double p) {
        return BigDecimal.valueOf(p)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
