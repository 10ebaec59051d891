package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.DecisionJson;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Orders decided with the precomputed ownership index and without it give the same decision JSON, byte
 * for byte: parties with no owner, with unlisted owners only (the index answers), with listed owners
 * directly, through chains and in the aggregate, with unknown shares, cycles and dated links (the walk
 * answers), on dates inside and outside the Affiliates suspension.
 */
class OwnershipIndexDecisionTest {
    @Test
    void decisionsAreTheSameBytesWithAndWithoutTheIndex() {
        SplittableRandom rnd = new SplittableRandom(15);
        int entities = 400;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            names.add("Group " + (i / 20) + " Member " + i + " Ltd");
        }
        Map<String, ListHit> listed = new HashMap<>();
        ListHit[] hits = {
            OwnershipDecisionTest.HUAWEI,
            OwnershipDecisionTest.SMIC,
            OwnershipDecisionTest.SDN,
            OwnershipDecisionTest.MEU
        };
        for (int i = 0; i < entities; i += 23) {
            listed.put(names.get(i), hits[rnd.nextInt(hits.length)]);
        }
        List<OwnershipLink> links = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            int group = i / 20 * 20;
            int owners = i % 20 == 0 ? 0 : 1 + rnd.nextInt(3);
            for (int k = 0; k < owners; k++) {
                int owner = group + rnd.nextInt(i - group);
                int kind = rnd.nextInt(100);
                Double pct = kind < 10 ? null : kind < 20 ? 50.0 : kind < 25 ? 49.99 : rnd.nextInt(5001) / 100.0;
                links.add(new OwnershipLink(
                        names.get(owner),
                        "CN",
                        names.get(i),
                        null,
                        pct,
                        rnd.nextInt(10) == 0 ? LocalDate.parse("2025-10-01") : null,
                        null,
                        "register"));
            }
            if (rnd.nextInt(40) == 0 && i % 20 != 19) {
                links.add(new OwnershipLink(names.get(i), null, names.get(group), null, 5.0, null, null, "cross"));
            }
        }
        OwnershipGraph indexed = OwnershipGraph.of(links);
        OwnershipGraph walked = OwnershipGraph.unindexed(links);
        int withOwnership = 0;
        for (String date : List.of("2025-09-28", "2025-10-15", "2026-01-05", "2026-12-06")) {
            indexed.prepare(LocalDate.parse(date));
            for (int i = 0; i < entities; i += 3) {
                Party p = new Party(Role.END_USER, names.get(i), "MY", "MY", null, List.of());
                Order o = OwnershipDecisionTest.order("O-" + i, date, p, null);
                String expected = DecisionJson.decision(
                                OwnershipDecisionTest.decide(o, walked, listed, null), "2026-12-06T00:00:00Z", "s")
                        .toString();
                String actual = DecisionJson.decision(
                                OwnershipDecisionTest.decide(o, indexed, listed, null), "2026-12-06T00:00:00Z", "s")
                        .toString();
                assertThat(actual).as("%s on %s", names.get(i), date).isEqualTo(expected);
                if (expected.contains("\"ownership\"")) {
                    withOwnership++;
                }
            }
        }
        assertThat(withOwnership).isGreaterThan(300);
    }
}
