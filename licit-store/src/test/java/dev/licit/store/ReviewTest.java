package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.decide.Party;
import dev.licit.core.json.Json;
import dev.licit.screening.NameMemory;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.audit.AuditEntry;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.CaseMatch;
import dev.licit.store.review.CaseStatus;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedParty;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Cases open for what a person must look at; review actions are recorded, audited and remembered. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReviewTest extends StoreTestBase {
    /** "Higon Trading GmbH" is a POSSIBLE match of the curated entry "Higon" (ac-d271426aafe9). */
    static final String HIGON_ENTRY = "ac-d271426aafe9";

    static String higonOrder(String id) {
        return Fixtures.order(id, "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0);
    }

    static String nlrOrder(String id) {
        return Fixtures.order(id, "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0);
    }

    @Test
    void holdAndLicenseRequiredOpenCasesAndNlrDoesNot() {
        StoredDecision hold = Fixtures.record(store, higonOrder("H1"));
        StoredDecision lr = Fixtures.record(store, Fixtures.h100ToVietnam("L1", 8));
        StoredDecision nlr = Fixtures.record(store, nlrOrder("N1"));
        assertThat(hold.verdict()).isEqualTo("HOLD");
        assertThat(lr.verdict()).isEqualTo("LICENSE_REQUIRED");
        assertThat(nlr.verdict()).isEqualTo("NLR");
        assertThat(hold.caseId()).isNotNull();
        assertThat(lr.caseId()).isNotNull();
        assertThat(nlr.caseId()).isNull();

        ReviewCase c = store.cases().get(hold.caseId());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.kind()).isEqualTo(CaseKind.DECISION);
        assertThat(c.decisionId()).isEqualTo(hold.id());
        assertThat(c.matches()).singleElement().satisfies(m -> {
            assertThat(m.entryId()).isEqualTo(HIGON_ENTRY);
            assertThat(m.band()).isEqualTo("POSSIBLE");
            assertThat(m.status()).isEqualTo(MatchStatus.PENDING);
        });
        assertThat(store.cases().get(lr.caseId()).reason())
                .contains("LICENSE_REQUIRED")
                .contains("presumption of approval");
        assertThat(store.cases().list(CaseStatus.OPEN, 10)).hasSize(2);
        assertThat(store.audit().about("case:" + hold.caseId()))
                .extracting(AuditEntry::kind)
                .containsExactly("case.opened");
    }

    @Test
    void reviewActionsRecordWhoAndWhenAndAreAudited() {
        StoredDecision hold = Fixtures.record(store, higonOrder("H1"));
        long caseId = hold.caseId();
        long matchId = store.cases().get(caseId).matches().get(0).id();
        assertThatThrownBy(() -> store.cases().release(caseId, "looks fine", ALICE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("match " + matchId);
        assertThatThrownBy(() -> store.cases().clear(caseId, matchId, " ", ALICE))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("reason");

        clock.advance(Duration.ofMinutes(5));
        ReviewCase cleared =
                store.cases().clear(caseId, matchId, "Higon Trading is a Hamburg importer, not Higon (Chengdu)", ALICE);
        CaseMatch m = cleared.matches().get(0);
        assertThat(m.status()).isEqualTo(MatchStatus.CLEARED);
        assertThat(m.reviewedBy()).isEqualTo("alice");
        assertThat(m.reviewedAt()).isEqualTo("2024-06-01T09:05:00.000Z");
        assertThatThrownBy(() -> store.cases().confirm(caseId, matchId, null, BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already cleared by alice");

        clock.advance(Duration.ofMinutes(5));
        ReviewCase released = store.cases().release(caseId, "false positive cleared", BOB);
        assertThat(released.status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(released.closedBy()).isEqualTo("bob");
        assertThat(released.closedAt()).isEqualTo("2024-06-01T09:10:00.000Z");
        assertThat(released.actions())
                .extracting(a -> a.action() + " " + a.actor())
                .containsExactly("OPENED tester", "CLEAR alice", "RELEASE bob");
        assertThatThrownBy(() -> store.cases().reject(caseId, "changed my mind", BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("released");
        assertThat(store.audit().about("case:" + caseId))
                .extracting(e -> e.kind() + " " + e.actor())
                .containsExactly("case.opened tester", "case.clear alice", "case.release bob");
        assertThat(store.decisions().authorization(hold.id()).shippable()).isTrue();

        StoredDecision lr = Fixtures.record(store, Fixtures.h100ToVietnam("L1", 8));
        ReviewCase rejected = store.cases().reject(lr.caseId(), "customer failed KYC", ALICE);
        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(store.decisions().authorization(lr.id()).status().name()).isEqualTo("REJECTED");
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void aClearedFalsePositiveDoesNotHoldTheNextOrderAndComesBackWhenTheEntryChanges() throws Exception {
        StoredDecision first = Fixtures.record(store, higonOrder("H1"));
        long matchId = store.cases().get(first.caseId()).matches().get(0).id();
        store.cases().clear(first.caseId(), matchId, "different company", ALICE);

        StoredDecision second = Fixtures.record(store, higonOrder("H2"));
        assertThat(second.verdict()).isEqualTo("NLR");
        assertThat(second.caseId()).isNull();
        JsonNode party = Json.PRETTY.readTree(second.document()).get("parties").get(0);
        assertThat(party.get("matches")).isEmpty();
        assertThat(party.get("clearedMatches").get(0).get("entryId").asText()).isEqualTo(HIGON_ENTRY);
        assertThat(party.get("clearedMatches").get(0).get("clearedBy").asText()).isEqualTo("alice");

        // another party with the same name elsewhere is not covered by the clearance
        StoredDecision otherCountry = Fixtures.record(
                store,
                Fixtures.order(
                        "H3", "2024-06-01", "DE", "Higon Trading GmbH", "AT", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        assertThat(otherCountry.verdict()).isEqualTo("HOLD");

        // the publisher changes the entry: the clearance no longer applies
        Screener changed = Screener.of(withChangedEntry(Fixtures.curated(), HIGON_ENTRY));
        StoredDecision third = store.decisions().record(Fixtures.decide(store, higonOrder("H4"), changed, ALICE));
        assertThat(third.verdict()).isEqualTo("HOLD");
        assertThat(store.cases().get(third.caseId()).matches().get(0).note())
                .contains("earlier version of the entry")
                .contains("alice");
    }

    @Test
    void aScreeningThatRemembersNamesStillReadsEachClearanceAsItIsNow() {
        // one screening for many orders, as the order desk of a long check or of the server holds it
        ReviewedScreening screening = store.screening(Fixtures.curatedScreener());
        Party higon = Fixtures.endUser("Higon Trading GmbH", "DE");
        ScreenedParty before = screening.screen(higon);
        assertThat(before.hits()).hasSize(1);
        assertThat(before.hits().get(0).cleared()).isFalse();
        // the same matches as a screen of its own, for a name seen before and for one not
        assertThat(screening.screen(higon).hits())
                .extracting(h -> h.hit())
                .containsExactlyElementsOf(
                        before.hits().stream().map(h -> h.hit()).toList());
        assertThat(screening.screen(Fixtures.endUser("Siemens AG", "DE")).hits())
                .isEmpty();

        StoredDecision first = Fixtures.record(store, higonOrder("H1"));
        long matchId = store.cases().get(first.caseId()).matches().get(0).id();
        store.cases().clear(first.caseId(), matchId, "different company", ALICE);
        // remembered matches, clearance read again: the hit is cleared at the next screen
        ScreenedParty after = screening.screen(higon);
        assertThat(after.hits()).hasSize(1);
        assertThat(after.hits().get(0).cleared()).isTrue();
        assertThat(after.hits().get(0).hit()).isEqualTo(before.hits().get(0).hit());
        // and not for the same name in another country
        assertThat(screening
                        .screen(Fixtures.endUser("Higon Trading GmbH", "AT"))
                        .hits()
                        .get(0)
                        .cleared())
                .isFalse();
    }

    @Test
    void theMemoryOfNamesIsBounded() {
        ReviewedScreening screening = store.screening(Fixtures.curatedScreener());
        for (int i = 0; i <= NameMemory.LIMIT + 10; i++) {
            screening.screen(Fixtures.endUser("Party " + i, "DE"));
        }
        assertThat(screening.remembered()).isBetween(1, NameMemory.LIMIT);
        assertThat(screening
                        .screen(Fixtures.endUser("Higon Trading GmbH", "DE"))
                        .hits())
                .hasSize(1);
    }

    /** The snapshot with one entry given a new alias (what a publisher's amendment looks like). */
    static ListSnapshot withChangedEntry(ListSnapshot s, String entryId) {
        List<ListEntry> entries = new ArrayList<>();
        for (ListEntry e : s.entries()) {
            if (e.entryId().equals(entryId)) {
                List<String> names = new ArrayList<>(e.names());
                names.add(e.name() + " Information Technology Co.");
                e = new ListEntry(
                        e.list(),
                        e.entryId(),
                        e.type(),
                        names,
                        e.addresses(),
                        e.countries(),
                        e.programs(),
                        e.federalRegisterNotice(),
                        e.startDate(),
                        e.licenseRequirement(),
                        e.licensePolicy(),
                        e.remarks(),
                        e.sourceUrl());
            }
            entries.add(e);
        }
        SnapshotInfo i = s.info();
        return new ListSnapshot(
                new SnapshotInfo("snap-0000000c4a9e", "0".repeat(64), i.sources(), Instant.now(), i.counts(), true),
                entries);
    }
}
