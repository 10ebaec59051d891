package dev.licit.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Adding a listed owner's share never uncovers a party, on random graphs (chains, fan-out and
 * cycles, shares that may overrun 100 %): coverage is monotone in the listed holdings.
 */
class OwnershipProperties {
    static final OwnershipRule RULE = new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL"), 50, null);
    static final int NODES = 8;

    /** Entity 0 is the party; entities 6 and 7 are on the Entity List. */
    static String name(int i) {
        return i == 0 ? "Party" : "E" + i;
    }

    static Standing standing(List<OwnershipLink> links) {
        List<RuleOutcome> outcomes = OwnershipCheck.of(
                        "Party",
                        null,
                        List.of(),
                        OwnershipGraph.of(links),
                        LocalDate.parse("2025-10-01"),
                        n -> n.equals("E6") || n.equals("E7") ? List.of(new Listing("EL", n, null, false)) : List.of(),
                        List.of(RULE))
                .outcomes();
        return outcomes.isEmpty() ? Standing.CLEAR : outcomes.getFirst().standing();
    }

    static List<OwnershipLink> links(List<Integer> owners, List<Integer> owned, List<Double> percents) {
        List<OwnershipLink> out = new ArrayList<>();
        int n = Math.min(owners.size(), Math.min(owned.size(), percents.size()));
        for (int i = 0; i < n; i++) {
            double p = percents.get(i);
            out.add(new OwnershipLink(
                    name(owners.get(i)), null, name(owned.get(i)), null, p < 0 ? null : p, null, null, "p" + i));
        }
        return out;
    }

    @Property(tries = 600)
    void addingAListedOwnersShareNeverUncoversAParty(
            @ForAll @Size(max = 14) List<@IntRange(min = 0, max = NODES - 1) Integer> owners,
            @ForAll @Size(max = 14) List<@IntRange(min = 0, max = NODES - 1) Integer> owned,
            @ForAll @Size(max = 14) List<@DoubleRange(min = -20, max = 100) Double> percents,
            @ForAll @IntRange(min = 6, max = 7) int listedOwner,
            @ForAll @IntRange(min = 0, max = 5) int target,
            @ForAll @DoubleRange(min = 0, max = 100) double share) {
        List<OwnershipLink> before = links(owners, owned, percents);
        List<OwnershipLink> after = new ArrayList<>(before);
        after.add(new OwnershipLink(name(listedOwner), null, name(target), null, share, null, null, "added"));
        if (standing(before) == Standing.COVERED) {
            assertThat(standing(after)).isEqualTo(Standing.COVERED);
        }
        // and a party not clear before is never clear after, when the share is a new holding (a known share
        // for a pair whose share was unknown resolves Red Flag 29 instead: a source that says settles it)
        boolean newPair = before.stream()
                .noneMatch(l -> l.owner().equals(name(listedOwner)) && l.owned().equals(name(target)));
        if (newPair && standing(before) != Standing.CLEAR) {
            assertThat(standing(after)).isNotEqualTo(Standing.CLEAR);
        }
    }
}
