package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.rescreen.RescreenReport;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.CaseStatus;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A list import re-screens stored decisions and opens a case naming the change. */
@ParameterizedClass
@EnumSource(Backend.class)
class RescreeningTest extends StoreTestBase {
    static final Actor LISTS = Actor.of("system:lists");

    @Test
    void anImportedListTurnsAnOldCustomerIntoAListedOne() throws Exception {
        StoredDecision old = Fixtures.record(
                store,
                Fixtures.order("A-1", "2024-06-01", "DE", "Atlas Sanatgaran", "AM", "nvidia-h100-sxm5-80gb", 1, 10.0));
        Fixtures.record(
                store, Fixtures.order("S-1", "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 1, 10.0));
        assertThat(old.caseId()).isNull();
        // a dry run (rules of another day) of the same party never ships: re-screening passes it over
        Fixtures.record(
                store,
                Fixtures.order(
                        "A-DRY", "2024-05-01", "DE", "Atlas Sanatgaran", "AM", "nvidia-h100-sxm5-80gb", 1, 10.0));

        clock.advance(Duration.ofDays(30));
        ListStore lists = new ListStore(dir.resolve("home"));
        SnapshotInfo info = lists.importFiles(List.of(Fixtures.LISTS.resolve("csl-sample-12.csv")), true);
        ListSnapshot imported = lists.load(info.id()).orElseThrow();
        RescreenReport report = store.rescreening().afterImport(Fixtures.curated(), Screener.of(imported), LISTS);

        assertThat(report.decisionsScreened()).isEqualTo(2);
        assertThat(report.partiesScreened()).isEqualTo(2);
        assertThat(report.opened()).singleElement().satisfies(o -> {
            assertThat(o.decisionId()).isEqualTo(old.id());
            assertThat(o.changes())
                    .singleElement()
                    .asString()
                    .contains("new UVL entry 'Atlas Sanatgaran'")
                    .contains(info.id())
                    .contains("END_USER Atlas Sanatgaran");
        });
        ReviewCase c = store.cases().get(report.opened().get(0).caseId());
        assertThat(c.kind()).isEqualTo(CaseKind.RESCREEN);
        assertThat(c.openedBy()).isEqualTo("system:lists");
        assertThat(c.reason()).contains("list import " + info.id());
        assertThat(c.matches()).singleElement().satisfies(m -> {
            assertThat(m.list()).isEqualTo("UVL");
            assertThat(m.status()).isEqualTo(MatchStatus.PENDING);
        });
        assertThat(store.decisions().authorization(old.id()).shippable()).isFalse();
        assertThat(store.audit().entries(1, 100)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("list.import");
            assertThat(e.payload()).contains("\"casesOpened\":1");
        });

        // importing the same lists again finds nothing new
        assertThat(store.rescreening()
                        .afterImport(imported, Screener.of(imported), LISTS)
                        .opened())
                .isEmpty();
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void aClearedEntryThatChangesReopensItsCase() {
        StoredDecision hold = Fixtures.record(store, ReviewTest.higonOrder("H1"));
        long matchId = store.cases().get(hold.caseId()).matches().get(0).id();
        store.cases().clear(hold.caseId(), matchId, "different company", ALICE);
        store.cases().release(hold.caseId(), "cleared", ALICE);

        ListSnapshot changed = ReviewTest.withChangedEntry(Fixtures.curated(), ReviewTest.HIGON_ENTRY);
        RescreenReport report = store.rescreening().afterImport(Fixtures.curated(), Screener.of(changed), LISTS);
        assertThat(report.reopened()).containsExactly(hold.caseId());
        ReviewCase c = store.cases().get(hold.caseId());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.matches().get(0).status()).isEqualTo(MatchStatus.PENDING);
        assertThat(c.matches().get(0).note())
                .contains("changed since it was cleared")
                .contains("alice");
        assertThat(c.actions()).extracting(a -> a.action()).containsExactly("OPENED", "CLEAR", "RELEASE", "REOPENED");
        // and the decision's own hit is new in its changed version: a re-screening case names it
        assertThat(report.opened())
                .singleElement()
                .satisfies(o -> assertThat(o.changes().get(0)).contains("changed in snapshot snap-0000000c4a9e"));
    }
}
