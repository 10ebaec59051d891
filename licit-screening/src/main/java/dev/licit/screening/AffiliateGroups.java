package dev.licit.screening;

import dev.licit.core.decide.AffiliateRows;
import java.util.List;
import java.util.Optional;

/**
 * The Entity List names an affiliate as "PARENT. Affiliated Entity: AFFILIATE" (issue 17 point 6), one
 * row each: a search for the parent's name finds the parent and every affiliate row. This groups a
 * result's affiliates under their parent, in the order of the first of them, so a reviewer reads one
 * parent with its affiliates instead of twenty hits. Grouping only arranges the hits: each affiliate
 * stays a hit of its own (it is a listed party, and a case clears it by its own entry).
 */
public final class AffiliateGroups {
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
        return AffiliateRows.parentOf(listedName);
    }

    /** The hits in their order, each parent's affiliate rows gathered under it (at the place of the first of them). */
    public static List<Item> of(List<ScreeningMatch> matches) {
        // the one arrangement decisions use too (licit-core), so a screen and a decision group alike
        return AffiliateRows.arrange(matches, ScreeningMatch::list, ScreeningMatch::listedName).stream()
                .<Item>map(i -> switch (i) {
                    case AffiliateRows.Item.Single<ScreeningMatch> single -> new Item.Single(single.hit());
                    case AffiliateRows.Item.Group<ScreeningMatch> g ->
                        new Item.Group(g.parentName(), g.parent(), g.affiliates());
                })
                .toList();
    }
}
