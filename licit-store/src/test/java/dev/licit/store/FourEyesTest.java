package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.screening.Screener;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ForbiddenException;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.CaseMatch;
import dev.licit.store.review.Clearance;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13, point 3: the submitter of an order neither releases its case nor clears its matches;
 * a MATCH-band hit needs two different reviewers; a clearance expires after 365 days and when the
 * entry changes.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FourEyesTest extends StoreTestBase {
    private static final Actor CAROL = Actor.of("carol");

    private StoredDecision decide(String json, Actor by) {
        return store.decisions().record(Fixtures.decide(store, json, Fixtures.curatedScreener(), by));
    }

    private static String higon(String id, String date) {
        return Fixtures.order(id, date, "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0);
    }

    private static String huawei(String id) {
        return Fixtures.order(
                id, "2024-06-01", "CN", "Huawei Technologies Co., Ltd.", "CN", "nvidia-h100-sxm5-80gb", 2, 25000.0);
    }

    @Test
    void theSubmitterCannotReleaseItsOwnCaseNorClearItsOwnMatches() {
        StoredDecision held = decide(higon("H1", "2024-06-01"), ALICE);
        ReviewCase c = store.cases().get(held.caseId());
        long match = c.matches().getFirst().id();
        assertThatThrownBy(() -> store.cases().clear(c.id(), match, "not them", ALICE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("alice submitted decision " + held.id())
                .hasMessageContaining("four eyes");
        // (a release with a pending match is refused for that first; the submitter's own is below)
        // nothing was written by the refusals
        assertThat(store.cases().get(c.id()).matches().getFirst().status()).isEqualTo(MatchStatus.PENDING);
        assertThat(store.audit().about("case:" + c.id()))
                .extracting(e -> e.kind())
                .containsExactly("case.opened");
        // confirming (the stricter finding) and rejecting stay open to the submitter
        store.cases().confirm(c.id(), match, "it is them", ALICE);
        assertThat(store.cases().reject(c.id(), "listed", ALICE).status().name())
                .isEqualTo("REJECTED");

        StoredDecision other = decide(higon("H2", "2024-06-01"), ALICE);
        long m2 = store.cases().get(other.caseId()).matches().getFirst().id();
        store.cases().clear(other.caseId(), m2, "Hamburg importer", BOB);
        assertThatThrownBy(() -> store.cases().release(other.caseId(), "fine", ALICE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("may not release case " + other.caseId());
        assertThat(store.cases()
                        .release(other.caseId(), "false positive", BOB)
                        .status()
                        .name())
                .isEqualTo("RELEASED");
    }

    @Test
    void clearingAMatchBandHitNeedsASecondDifferentReviewer() {
        StoredDecision d = decide(huawei("HW1"), ALICE);
        assertThat(d.caseId()).isNotNull(); // an Entity List match, score 1.0: held for review
        ReviewCase c = store.cases().get(d.caseId());
        CaseMatch m = c.matches().stream()
                .filter(x -> x.band().equals("MATCH"))
                .findFirst()
                .orElseThrow();
        ReviewCase proposed = store.cases().clear(c.id(), m.id(), "a namesake", BOB);
        CaseMatch after = proposed.matches().stream()
                .filter(x -> x.id() == m.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(MatchStatus.PENDING);
        assertThat(after.proposedBy()).isEqualTo("bob");
        assertThat(store.cases().activeClearances()).isEmpty();
        assertThatThrownBy(() -> store.cases().clear(c.id(), m.id(), "still a namesake", BOB))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("second, different reviewer");
        assertThatThrownBy(() -> store.cases().clear(c.id(), m.id(), "mine", ALICE))
                .isInstanceOf(ForbiddenException.class);

        ReviewCase done = store.cases().clear(c.id(), m.id(), "agreed: a namesake", CAROL);
        assertThat(done.matches().stream()
                        .filter(x -> x.id() == m.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(MatchStatus.CLEARED);
        Clearance cl = store.cases().activeClearances().getFirst();
        assertThat(cl.clearedBy()).isEqualTo("carol");
        assertThat(cl.proposedBy()).isEqualTo("bob");
        assertThat(cl.expiresOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(store.audit().about("case:" + c.id()))
                .extracting(e -> e.kind())
                .containsSubsequence("case.opened", "case.clear-proposed", "case.clear");
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void aClearanceHoldsFor364DaysAndTheSameHitIsRaisedAgainOnThe365th() {
        StoredDecision first = decide(higon("H1", "2024-06-01"), ALICE);
        long match = store.cases().get(first.caseId()).matches().getFirst().id();
        store.cases().clear(first.caseId(), match, "Hamburg importer", BOB);

        clock.set(Instant.parse("2025-05-31T23:59:59Z"));
        StoredDecision lastDay = decide(higon("H2", "2025-05-31"), ALICE);
        assertThat(lastDay.verdict()).isEqualTo("NLR");
        assertThat(lastDay.caseId()).isNull();

        clock.set(Instant.parse("2025-06-01T00:00:00Z"));
        StoredDecision expired = decide(higon("H3", "2025-06-01"), ALICE);
        assertThat(expired.verdict()).isEqualTo("HOLD");
        assertThat(store.cases().get(expired.caseId()).matches().getFirst().note())
                .contains("expired on 2025-06-01")
                .contains("bob");
    }

    @Test
    void aClearanceEndsWhenTheEntryChanges() {
        StoredDecision first = decide(higon("H1", "2024-06-01"), ALICE);
        long match = store.cases().get(first.caseId()).matches().getFirst().id();
        store.cases().clear(first.caseId(), match, "Hamburg importer", BOB);
        assertThat(decide(higon("H2", "2024-06-01"), ALICE).verdict()).isEqualTo("NLR");
        Screener changed = Screener.of(ReviewTest.withChangedEntry(Fixtures.curated(), ReviewTest.HIGON_ENTRY));
        StoredDecision after =
                store.decisions().record(Fixtures.decide(store, higon("H3", "2024-06-01"), changed, ALICE));
        assertThat(after.verdict()).isEqualTo("HOLD");
    }
}
