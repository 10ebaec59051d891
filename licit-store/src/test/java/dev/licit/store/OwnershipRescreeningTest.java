package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.ownership.OwnershipSnapshot;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.rescreen.RescreenReport;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Stored parties whose owners are listed get cases, after an ownership import and after a list import. */
@ParameterizedClass
@EnumSource(Backend.class)
class OwnershipRescreeningTest extends StoreTestBase {
    static final Actor IMPORTER = Actor.of("system:ownership");

    static OwnershipLink link(String owner, String owned, Double pct, String start, String end) {
        return new OwnershipLink(
                owner,
                null,
                owned,
                null,
                pct,
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                "test register");
    }

    OwnershipSnapshot importOwnership(List<OwnershipLink> links) {
        return store.ownership()
                .importLinks(links, List.of(), OwnershipStore.Mode.REPLACE, true, IMPORTER)
                .snapshot();
    }

    /** The re-screening after an ownership import, of the store's current snapshot against the curated list. */
    RescreenReport rescreenCurrentOwnership() {
        return store.rescreening()
                .afterOwnershipImport(store.ownership().current().orElseThrow(), Fixtures.curatedScreener(), IMPORTER);
    }

    /** A month on, the CSL sample (which lists Atlas Sanatgaran on the UVL) imported as the home's new snapshot. */
    ListSnapshot aMonthLaterTheSampleListIsImported() throws Exception {
        clock.advance(Duration.ofDays(30));
        ListStore lists = new ListStore(dir.resolve("home"));
        SnapshotInfo info = lists.importFiles(List.of(Fixtures.LISTS.resolve("csl-sample-12.csv")), true);
        return lists.load(info.id()).orElseThrow();
    }

    /** The re-screening after {@code imported} replaced the curated list. */
    RescreenReport rescreenAfterListImport(ListSnapshot imported) {
        return rescreenAfterListImport(Fixtures.curated(), imported);
    }

    RescreenReport rescreenAfterListImport(ListSnapshot previous, ListSnapshot imported) {
        return store.rescreening().afterImport(previous, Screener.of(imported), Actor.of("system:lists"));
    }

    @Test
    void anIndirectListedOwnerInForceTodayOpensACaseNamingThePath() {
        StoredDecision penang = Fixtures.record(
                store,
                Fixtures.order(
                        "P-1",
                        "2024-06-01",
                        "MY",
                        "Penang Edge Compute Sdn. Bhd.",
                        "MY",
                        "nvidia-h100-sxm5-80gb",
                        1,
                        10.0));
        StoredDecision other = Fixtures.record(
                store, Fixtures.order("S-1", "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 1, 10.0));
        assertThat(penang.caseId()).isNull();
        clock.advance(Duration.ofDays(30));

        OwnershipSnapshot s = importOwnership(List.of(
                link("Huawei Technologies Co., Ltd.", "Lotus Holdings Ltd", 100.0, null, null),
                link("Lotus Holdings Ltd", "Penang Edge Compute Sdn. Bhd.", 60.0, "2024-01-01", null),
                // a cycle back to the party: walked once, never looped on
                link("Penang Edge Compute Sdn. Bhd.", "Lotus Holdings Ltd", 5.0, null, null),
                // a listed owner no longer in force: no case
                link("HiSilicon Technologies Co., Ltd", "Penang Edge Compute Sdn. Bhd.", 20.0, null, "2024-06-30"),
                // a listed owner not yet in force
                link("HiSilicon Technologies Co., Ltd", "Siemens AG", 1.0, "2024-08-01", null)));

        RescreenReport report = store.rescreening().afterOwnershipImport(s, Fixtures.curatedScreener(), IMPORTER);
        assertThat(report.snapshot()).isEqualTo(s.id());
        assertThat(report.decisionsScreened()).isEqualTo(2);
        assertThat(report.opened()).singleElement().satisfies(o -> {
            assertThat(o.decisionId()).isEqualTo(penang.id());
            // every entry the owner's name matches, as for a party (the reviewer clears the wrong ones)
            assertThat(o.changes()).first().asString().contains("EL entry 'Huawei Technologies Co., Ltd. (Huawei)'");
            assertThat(o.changes())
                    .allSatisfy(ch -> assertThat(ch)
                            .contains("owner Huawei Technologies Co., Ltd. of END_USER Penang Edge Compute Sdn. Bhd."
                                    + " (MY): Huawei Technologies Co., Ltd. holds 100 % of Lotus Holdings Ltd (test"
                                    + " register), which holds 60 % of Penang Edge Compute Sdn. Bhd. (test register)")
                            .doesNotContain("HiSilicon"));
        });
        ReviewCase c = store.cases().get(report.opened().get(0).caseId());
        assertThat(c.kind()).isEqualTo(CaseKind.RESCREEN);
        assertThat(c.reason()).startsWith("ownership import " + s.id());
        assertThat(c.matches())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.partyName()).isEqualTo("Huawei Technologies Co., Ltd."));
        assertThat(c.matches().get(0).list()).isEqualTo("EL");
        // a month later both decisions must be made again before they ship (issue 13: the rules date); the case
        // opened on the Penang decision is what the report above shows, and only there
        assertThat(store.decisions().authorization(penang.id()).shippable()).isFalse();
        assertThat(store.cases().forDecision(other.id())).isEmpty();
        assertThat(store.audit().about("ownership:" + s.id()))
                .extracting(e -> e.kind())
                .containsExactly("ownership.import", "ownership.rescreen");

        // the same owners again: nothing new; the list import after it sees the owner's hit as known
        assertThat(store.rescreening()
                        .afterOwnershipImport(s, Fixtures.curatedScreener(), IMPORTER)
                        .opened())
                .isEmpty();
        assertThat(store.rescreening()
                        .afterImport(Fixtures.curated(), Fixtures.curatedScreener(), IMPORTER)
                        .opened())
                .isEmpty();
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void theRescreeningAfterAnImportScreensTheGraphTheStoreCachedAtTheImport() throws Exception {
        StoredDecision penang = Fixtures.record(
                store,
                Fixtures.order(
                        "P-2",
                        "2024-06-01",
                        "MY",
                        "Penang Edge Compute Sdn. Bhd.",
                        "MY",
                        "nvidia-h100-sxm5-80gb",
                        1,
                        10.0));
        OwnershipSnapshot s = importOwnership(
                List.of(link("Huawei Technologies Co., Ltd.", "Penang Edge Compute Sdn. Bhd.", 60.0, null, null)));
        // the links taken from under the store: a re-screening that read them again would find no owner; the
        // graph the import cached is the snapshot's (its links never change once committed)
        sql("DELETE FROM ownership_link WHERE snapshot_id = '" + s.id() + "'");

        RescreenReport report = store.rescreening().afterOwnershipImport(s, Fixtures.curatedScreener(), IMPORTER);
        assertThat(report.opened()).singleElement().satisfies(o -> {
            assertThat(o.decisionId()).isEqualTo(penang.id());
            assertThat(o.changes())
                    .allSatisfy(ch -> assertThat(ch)
                            .contains("owner Huawei Technologies Co., Ltd. of END_USER Penang Edge Compute Sdn. Bhd."));
        });
    }

    @Test
    void aListImportThatListsAnOwnerOpensACase() throws Exception {
        StoredDecision yerevan = Fixtures.record(
                store,
                Fixtures.order(
                        "Y-1", "2024-06-01", "DE", "Yerevan Compute LLC", "AM", "nvidia-h100-sxm5-80gb", 1, 10.0));
        importOwnership(List.of(link("Atlas Sanatgaran", "Yerevan Compute LLC", 51.0, null, null)));
        // not listed in the curated list: the ownership import alone opens nothing
        assertThat(rescreenCurrentOwnership().opened()).isEmpty();

        ListSnapshot imported = aMonthLaterTheSampleListIsImported();
        RescreenReport report = rescreenAfterListImport(imported);
        assertThat(report.opened()).singleElement().satisfies(o -> {
            assertThat(o.decisionId()).isEqualTo(yerevan.id());
            assertThat(o.changes())
                    .singleElement()
                    .asString()
                    .contains("new UVL entry 'Atlas Sanatgaran'")
                    .contains("matches owner Atlas Sanatgaran of END_USER Yerevan Compute LLC (AM)")
                    .contains("holds 51 % of Yerevan Compute LLC");
        });
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void anOwnerTheOrderDeclaredGetsACaseWhenAListImportListsIt() throws Exception {
        // issue 15 point 5: the order's own owners (nested, no ownership import at all) are re-screened too
        String order = Fixtures.order(
                        "D-1", "2024-06-01", "DE", "Yerevan Compute LLC", "AM", "nvidia-h100-sxm5-80gb", 1, 10.0)
                .replace(
                        "\"country\": \"AM\"}",
                        "\"country\": \"AM\", \"owners\": [{\"name\": \"Caucasus Holdings CJSC\", \"percent\": 70,"
                                + " \"owners\": [{\"name\": \"Atlas Sanatgaran\", \"country\": \"IR\","
                                + " \"percent\": 80}]}]}");
        StoredDecision yerevan = Fixtures.record(store, order);
        StoredDecision plain = Fixtures.record(
                store, Fixtures.order("D-2", "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 1, 10.0));
        // an ownership import changes nothing the order declared: no case for it
        importOwnership(List.of(link("Someone Else", "Another Company", 51.0, null, null)));
        assertThat(rescreenCurrentOwnership().opened()).isEmpty();

        ListSnapshot imported = aMonthLaterTheSampleListIsImported();
        RescreenReport report = rescreenAfterListImport(imported);
        assertThat(report.opened()).singleElement().satisfies(o -> {
            assertThat(o.decisionId()).isEqualTo(yerevan.id());
            assertThat(o.changes())
                    .singleElement()
                    .asString()
                    .contains("new UVL entry 'Atlas Sanatgaran'")
                    .contains("matches owner Atlas Sanatgaran (IR) of END_USER Yerevan Compute LLC (AM)")
                    .contains("Atlas Sanatgaran holds 80 % of Caucasus Holdings CJSC (order), which holds 70 % of"
                            + " Yerevan Compute LLC (order)");
        });
        ReviewCase c = store.cases().get(report.opened().get(0).caseId());
        assertThat(c.kind()).isEqualTo(CaseKind.RESCREEN);
        assertThat(c.matches())
                .singleElement()
                .satisfies(m -> assertThat(m.partyName()).isEqualTo("Atlas Sanatgaran"));
        assertThat(store.cases().forDecision(plain.id())).isEmpty();
        // the same list again: the owner's hit is known now, nothing new
        assertThat(rescreenAfterListImport(imported, imported).opened()).isEmpty();
        assertThat(store.audit().verify().ok()).isTrue();
    }
}
