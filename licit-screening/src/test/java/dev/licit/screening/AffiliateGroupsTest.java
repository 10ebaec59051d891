package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.list.ListSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Entity List's affiliate rows grouped under their parent (issue 17 point 6), over the real 2022
 * Consolidated Screening List of ../shared/data/lists (23 "Huawei Technologies Co., Ltd. (Huawei).
 * Affiliated Entity: ..." rows besides Huawei's own).
 */
class AffiliateGroupsTest {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @TempDir
    static Path home;

    static Screener csl;

    @BeforeAll
    static void load() throws Exception {
        ListStore store = new ListStore(home);
        store.importFiles(List.of(LISTS.resolve("csl-full-2022.csv.gz")), false);
        ListSnapshot snapshot = store.current();
        csl = Screener.of(snapshot);
    }

    @Test
    void huaweisAffiliatesAreGroupedUnderItAndEachStaysAHit() {
        List<ScreeningMatch> hits = csl.screen("Huawei Technologies Co., Ltd.", "CN");
        List<AffiliateGroups.Item> items = AffiliateGroups.of(hits);
        AffiliateGroups.Item.Group huawei = items.stream()
                .filter(i -> i instanceof AffiliateGroups.Item.Group g
                        && g.parentName().equals("Huawei Technologies Co., Ltd. (Huawei)"))
                .map(i -> (AffiliateGroups.Item.Group) i)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Huawei group in " + items));
        assertThat(huawei.parent()).as("Huawei's own entry heads the group").isNotNull();
        assertThat(huawei.parent().listedName()).startsWith("Huawei Technologies Co., Ltd.");
        assertThat(huawei.affiliates()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(huawei.affiliates())
                .allSatisfy(a -> assertThat(a.listedName()).contains("Affiliated Entity"));
        // grouping only arranges: every hit is in the result once
        int placed = 0;
        for (AffiliateGroups.Item i : items) {
            placed += switch (i) {
                case AffiliateGroups.Item.Single s -> 1;
                case AffiliateGroups.Item.Group g -> g.affiliates().size() + (g.parent() == null ? 0 : 1);
            };
        }
        assertThat(placed).isEqualTo(hits.size());
        assertThat(items.size()).isLessThan(hits.size());
    }

    @Test
    void anAffiliateFoundByItsOwnNameIsGroupedUnderItsParent() {
        List<ScreeningMatch> hits = csl.screen("Beijing Huawei Longshine Information Technology Co., Ltd.", "CN");
        List<AffiliateGroups.Item> items = AffiliateGroups.of(hits);
        assertThat(items.getFirst()).isInstanceOf(AffiliateGroups.Item.Group.class);
        AffiliateGroups.Item.Group g = (AffiliateGroups.Item.Group) items.getFirst();
        assertThat(g.parentName()).isEqualTo("Huawei Technologies Co., Ltd. (Huawei)");
        assertThat(g.affiliates().getFirst().listedName())
                .endsWith("Beijing Huawei Longshine Information Technology Co., Ltd.");
    }

    @Test
    void theParentIsReadFromThePublishedName() {
        assertThat(
                        AffiliateGroups.parentOf(
                                "Huawei Technologies Co., Ltd. (Huawei).  Affiliated Entity:  Hangzhou Huawei Communication Technology Co., Ltd."))
                .hasValue("Huawei Technologies Co., Ltd. (Huawei)");
        assertThat(AffiliateGroups.parentOf("Affiliated Supply and Consultancy Services"))
                .as("a name that only begins with the word")
                .isEmpty();
        assertThat(AffiliateGroups.parentOf("Affiliated Entity: X")).isEmpty();
        assertThat(AffiliateGroups.parentOf(null)).isEmpty();
    }
}
