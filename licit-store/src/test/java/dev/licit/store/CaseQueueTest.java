package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.store.audit.AuditEntry;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.AuthorizationStatus;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.NewLicense;
import dev.licit.store.review.CaseAttachment;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.CasePage;
import dev.licit.store.review.CaseQuery;
import dev.licit.store.review.CaseStatus;
import dev.licit.store.review.MatchReasonCode;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review workbench's queue (issue 18): filters, search, order and pages in the database on both
 * backends; reason codes on match reviews; a license registered after a case opened.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CaseQueueTest extends StoreTestBase {
    private StoredDecision holdDe;
    private StoredDecision holdDe2;
    private StoredDecision licenseVn;

    private void threeCases() {
        holdDe = Fixtures.record(store, ReviewTest.higonOrder("Q-HOLD-1"));
        holdDe2 = Fixtures.record(store, ReviewTest.higonOrder("Q_HOLD%2"));
        licenseVn = Fixtures.record(store, Fixtures.h100ToVietnam("Q-LIC-1", 8));
        assertThat(List.of(holdDe.verdict(), holdDe2.verdict(), licenseVn.verdict()))
                .containsExactly("HOLD", "HOLD", "LICENSE_REQUIRED");
    }

    private static CaseQuery query(
            CaseStatus status, String verdict, String destination, String text, CaseQuery.Sort sort, boolean desc) {
        return new CaseQuery(status, null, verdict, destination, text, sort, desc, 0, 50);
    }

    private List<String> orders(CaseQuery q) {
        return store.cases().search(q).rows().stream()
                .map(r -> r.reviewCase().orderId())
                .toList();
    }

    @Test
    void filtersByStatusKindVerdictAndDestination() {
        threeCases();
        assertThat(orders(query(null, null, null, null, null, true)))
                .containsExactly("Q-LIC-1", "Q_HOLD%2", "Q-HOLD-1");
        assertThat(orders(query(null, "HOLD", null, null, null, true))).containsExactly("Q_HOLD%2", "Q-HOLD-1");
        assertThat(orders(query(null, "LICENSE_REQUIRED", null, null, null, true)))
                .containsExactly("Q-LIC-1");
        assertThat(orders(query(null, null, "vn", null, null, true))).containsExactly("Q-LIC-1");
        assertThat(orders(query(null, null, "DE", null, null, true))).containsExactly("Q_HOLD%2", "Q-HOLD-1");
        assertThat(orders(query(null, null, "CN", null, null, true))).isEmpty();
        assertThat(orders(new CaseQuery(null, CaseKind.RESCREEN, null, null, null, null, true, 0, 50)))
                .isEmpty();
        assertThat(orders(new CaseQuery(null, CaseKind.DECISION, null, null, null, null, true, 0, 50)))
                .hasSize(3);
        store.cases().reject(holdDe.caseId(), "not our customer", ALICE);
        assertThat(orders(query(CaseStatus.OPEN, null, null, null, null, true))).containsExactly("Q-LIC-1", "Q_HOLD%2");
        assertThat(orders(query(CaseStatus.REJECTED, null, null, null, null, true)))
                .containsExactly("Q-HOLD-1");
        // each row carries its order's destination
        assertThat(store.cases()
                        .search(query(null, null, null, null, null, true))
                        .rows())
                .extracting(CasePage.Row::destination)
                .containsExactly("VN", "DE", "DE");
    }

    @Test
    void searchesOrderIdsPartyAndListedNamesTakingWildcardsLiterally() {
        threeCases();
        assertThat(orders(query(null, null, null, "q-lic", null, true))).containsExactly("Q-LIC-1");
        // the order's party (decision_party) and the matched and listed names (case_match)
        assertThat(orders(query(null, null, null, "hanoi national", null, true)))
                .containsExactly("Q-LIC-1");
        assertThat(orders(query(null, null, null, "HIGON", null, true))).containsExactly("Q_HOLD%2", "Q-HOLD-1");
        // % and _ are the text's own characters, not LIKE's wildcards
        assertThat(orders(query(null, null, null, "_HOLD%", null, true))).containsExactly("Q_HOLD%2");
        assertThat(orders(query(null, null, null, "Q%", null, true))).isEmpty();
        assertThat(orders(query(null, null, null, holdDe.id(), null, true))).containsExactly("Q-HOLD-1");
        assertThat(orders(query(null, null, null, "nobody at all", null, true))).isEmpty();
    }

    @Test
    void sortsAndPages() {
        threeCases();
        assertThat(orders(query(null, null, null, null, CaseQuery.Sort.OPENED, false)))
                .containsExactly("Q-HOLD-1", "Q_HOLD%2", "Q-LIC-1");
        assertThat(orders(query(null, null, null, null, CaseQuery.Sort.DESTINATION, false)))
                .containsExactly("Q_HOLD%2", "Q-HOLD-1", "Q-LIC-1"); // DE (newest first among equals), VN
        assertThat(orders(query(null, null, null, null, CaseQuery.Sort.VERDICT, true))
                        .getFirst())
                .isEqualTo("Q-LIC-1");
        assertThat(orders(query(null, null, null, null, CaseQuery.Sort.MATCHES, false))
                        .getFirst())
                .isEqualTo("Q-LIC-1"); // no match
        CasePage first = store.cases().search(new CaseQuery(null, null, null, null, null, null, true, 0, 2));
        CasePage second = store.cases().search(new CaseQuery(null, null, null, null, null, null, true, 2, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(first.rows()).hasSize(2);
        assertThat(second.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.reviewCase().orderId()).isEqualTo("Q-HOLD-1"));
        // the page's cases carry their matches (not their history)
        assertThat(second.rows().getFirst().reviewCase().matches()).hasSize(1);
        assertThat(store.cases()
                        .search(new CaseQuery(null, null, null, null, null, null, true, 3, 2))
                        .rows())
                .isEmpty();
    }

    @Test
    void refusesBadQueriesNamingTheField() {
        assertThatThrownBy(() -> new CaseQuery(null, null, null, "Germany", null, null, true, 0, 10))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("destination");
        assertThatThrownBy(() -> new CaseQuery(null, null, null, null, null, null, true, -1, 10))
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> new CaseQuery(null, null, null, null, null, null, true, 0, 0))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new CaseQuery(null, null, null, null, "x".repeat(201), null, true, 0, 10))
                .hasMessageContaining("q: at most 200");
        assertThat(new CaseQuery(null, null, null, null, "x".repeat(200), null, true, 0, 10).text())
                .hasSize(200);
        assertThatThrownBy(() -> CaseQuery.Sort.parse("price")).hasMessageContaining("sort");
        assertThat(CaseQuery.Sort.parse("Destination")).isEqualTo(CaseQuery.Sort.DESTINATION);
    }

    @Test
    void reasonCodesLeadTheReasonAndGoIntoTheAuditTrail() {
        threeCases();
        long caseId = holdDe.caseId();
        long matchId = store.cases().get(caseId).matches().getFirst().id();
        // a code that confirms cannot clear, and OTHER needs a note
        assertThatThrownBy(() -> store.cases().clear(caseId, matchId, MatchReasonCode.TRUE_MATCH, null, BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("reasonCode");
        assertThatThrownBy(() -> store.cases().clear(caseId, matchId, MatchReasonCode.OTHER, " ", BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("note");
        ReviewCase c = store.cases()
                .clear(caseId, matchId, MatchReasonCode.DIFFERENT_ADDRESS, "listed Higon is in Chengdu", BOB);
        assertThat(c.matches().getFirst().status()).isEqualTo(MatchStatus.CLEARED);
        assertThat(c.matches().getFirst().reviewReason()).isEqualTo("DIFFERENT_ADDRESS: listed Higon is in Chengdu");
        assertThat(MatchReasonCode.of(c.matches().getFirst().reviewReason()))
                .contains(MatchReasonCode.DIFFERENT_ADDRESS);
        assertThat(MatchReasonCode.noteOf(c.matches().getFirst().reviewReason()))
                .isEqualTo("listed Higon is in Chengdu");
        AuditEntry cleared = store.audit().about("case:" + caseId).stream()
                .filter(e -> e.kind().equals("case.clear"))
                .findFirst()
                .orElseThrow();
        assertThat(cleared.payload()).contains("\"reasonCode\":\"DIFFERENT_ADDRESS\"");
        // a confirmation takes TRUE_MATCH, never a clearing code
        long other = holdDe2.caseId();
        long otherMatch = store.cases().get(other).matches().getFirst().id();
        assertThatThrownBy(() -> store.cases().confirm(other, otherMatch, MatchReasonCode.DIFFERENT_ENTITY, null, BOB))
                .hasMessageContaining("reasonCode");
        ReviewCase confirmed = store.cases().confirm(other, otherMatch, MatchReasonCode.TRUE_MATCH, null, BOB);
        assertThat(confirmed.matches().getFirst().reviewReason()).isEqualTo("TRUE_MATCH");
        assertThat(MatchReasonCode.of("a free-text reason: with a colon")).isEmpty();
        assertThat(MatchReasonCode.noteOf("a free-text reason: with a colon"))
                .isEqualTo("a free-text reason: with a colon");
        assertThatThrownBy(() -> MatchReasonCode.parse("SIMILAR")).hasMessageContaining("reasonCode");
    }

    @Test
    void aFileAttachedToACaseIsKeptWithItsHashAndCheckedWhenReadBack() throws Exception {
        threeCases();
        long caseId = holdDe.caseId();
        long matchId = store.cases().get(caseId).matches().getFirst().id();
        byte[] pdf = "%PDF-1.4 registry extract of Higon Trading GmbH, Munich"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CaseAttachment a = store.cases().attach(caseId, matchId, "C:\\scans\\extract.pdf", pdf, "Munich register", BOB);
        assertThat(a.fileName()).isEqualTo("extract.pdf");
        assertThat(a.sha256()).isEqualTo(dev.licit.store.internal.Hashes.sha256(pdf));
        assertThat(store.cases().attachments(caseId)).singleElement().satisfies(x -> {
            assertThat(x.sizeBytes()).isEqualTo(pdf.length);
            assertThat(x.matchId()).isEqualTo(matchId);
            assertThat(x.note()).isEqualTo("Munich register");
        });
        assertThat(store.cases().attachmentContent(caseId, a.id())).isEqualTo(pdf);
        assertThat(store.audit().about("case:" + caseId))
                .filteredOn(e -> e.kind().equals("case.attachment"))
                .singleElement()
                .satisfies(e -> assertThat(e.payload()).contains(a.sha256()).contains("extract.pdf"));
        assertThat(store.cases().get(caseId).actions())
                .extracting(x -> x.action())
                .contains("ATTACH");
        // refused: empty, too large, a match of another case, no name
        assertThatThrownBy(() -> store.cases().attach(caseId, null, "empty.txt", new byte[0], null, BOB))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> store.cases()
                        .attach(caseId, null, "big.bin", new byte[CaseAttachment.MAX_BYTES + 1], null, BOB))
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> store.cases().attach(caseId, 999_999L, "x.txt", pdf, null, BOB))
                .hasMessageContaining("no match 999999");
        assertThatThrownBy(() -> store.cases().attach(caseId, null, "dir/", pdf, null, BOB))
                .hasMessageContaining("file name");
        // a file changed in the database since it was attached is not served
        sql("UPDATE case_attachment SET content_base64 = '"
                + java.util.Base64.getEncoder()
                        .encodeToString("forged".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "' WHERE id = " + a.id());
        assertThatThrownBy(() -> store.cases().attachmentContent(caseId, a.id()))
                .hasMessageContaining("no longer matches its recorded SHA-256");
        assertThatThrownBy(() -> store.cases().attachmentContent(licenseVn.caseId(), a.id()))
                .hasMessageContaining("has no attachment");
    }

    @Test
    void aLicenseRegisteredAfterTheCaseOpenedCoversItOnceReleased() {
        threeCases();
        String id = licenseVn.id();
        assertThat(store.decisions().authorizationOnceReviewed(id).status())
                .isEqualTo(AuthorizationStatus.LICENSE_REQUIRED);
        assertThat(store.decisions().authorization(id).status()).isEqualTo(AuthorizationStatus.REVIEW);
        store.licenses()
                .register(
                        new NewLicense(
                                "D123456",
                                List.of("3A090"),
                                "VN",
                                List.of("Hanoi National AI Lab"),
                                16L,
                                new BigDecimal("400000"),
                                LocalDate.parse("2024-05-01"),
                                LocalDate.parse("2026-05-01"),
                                null),
                        id,
                        ALICE);
        var covered = store.decisions().authorizationOnceReviewed(id);
        assertThat(covered.status()).isEqualTo(AuthorizationStatus.LICENSED);
        assertThat(covered.shippable()).isTrue();
        assertThat(covered.license().number()).isEqualTo("D123456");
        // the case still holds the order until a reviewer releases it
        assertThat(store.decisions().authorization(id).status()).isEqualTo(AuthorizationStatus.REVIEW);
        store.cases().release(licenseVn.caseId(), "license D123456 registered", BOB);
        assertThat(store.decisions().authorization(id).status()).isEqualTo(AuthorizationStatus.LICENSED);
    }
}
