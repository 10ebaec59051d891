package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.common.Sentence;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.NewLicense;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.review.ReviewCase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18, point 6: why a case was opened, and why a license on file does not cover an order, are
 * kept as sentence codes with their values (migration V7 for the case), read back on H2 and
 * PostgreSQL, and said in Korean in the record; a case opened before the codes keeps its English,
 * shown as the server's original.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CaseReasonCodesTest extends StoreTestBase {

    private StoredDecision decide(String json) {
        return store.decisions().record(Fixtures.decide(store, json, Fixtures.curatedScreener(), ALICE));
    }

    private String record(StoredDecision d, RecordLanguage lang) {
        return new DecisionRecords(store, clock).html(store.decisions().get(d.id()), lang);
    }

    private void license(String number, String party, Long quantity, LocalDate validTo) {
        store.licenses()
                .register(
                        new NewLicense(
                                number,
                                List.of("3A090"),
                                "VN",
                                List.of(party),
                                quantity,
                                null,
                                LocalDate.of(2024, 1, 1),
                                validTo,
                                null),
                        ALICE);
    }

    @Test
    void aHeldOrdersCaseKeepsItsCodeAndTheRecordSaysItInKorean() {
        StoredDecision held = decide(Fixtures.order(
                "RC-HOLD", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 1, 25000.0));
        ReviewCase c = store.cases().get(held.caseId());
        assertThat(c.reason()).isEqualTo("HOLD: 1 list match(es) to review");
        assertThat(c.reasonDetails()).containsExactly(new Sentence("case.hold", Map.of("matches", "1")));
        assertThat(record(held, RecordLanguage.KO))
                .contains("검토 보류: 검토할 명단 일치 후보 1건.")
                .doesNotContain("list match(es)")
                .doesNotContain("서버 기록 원문");
        assertThat(record(held, RecordLanguage.EN)).contains("HOLD: 1 list match(es) to review");
    }

    @Test
    void aLicenseRequirementsCaseSaysItsPolicyAndWhyNoLicenseOnFileCoversIt() {
        // on file for VN: one that does not name the party, one that expired before the export date
        license("D700001", "Saigon Render Farm JSC", 10L, LocalDate.of(2024, 12, 31));
        license("D700002", "Hanoi National AI Lab", 10L, LocalDate.of(2024, 5, 31));
        StoredDecision d = decide(Fixtures.h100ToVietnam("RC-LIC", 2));
        ReviewCase c = store.cases().get(d.caseId());
        assertThat(c.reasonDetails())
                .extracting(Sentence::code)
                .containsExactly(
                        "case.license-required",
                        "authorization.license-none",
                        // the licenses in the order they are tried: the earlier end first
                        "license.refused.dates",
                        "license.refused.parties");
        assertThat(c.reasonDetails().getFirst().params()).containsEntry("policy", "presumption of approval");
        assertThat(c.reasonDetails().get(3).params())
                .containsEntry("number", "D700001")
                .containsEntry("parties", "Hanoi National AI Lab");
        assertThat(record(d, RecordLanguage.KO))
                .contains("허가 필요 (승인 추정): 등록된 허가 중 이 주문에 해당하는 것이 없습니다.")
                .contains("허가 D700001: 당사자 Hanoi National AI Lab 미기재.")
                .contains("허가 D700002: 수출일 2024-06-01에 유효하지 않음(유효 기간 2024-01-01 ~ 2024-05-31).")
                .doesNotContain("does not name")
                .doesNotContain("서버 기록 원문");
        assertThat(record(d, RecordLanguage.EN))
                .contains("LICENSE_REQUIRED (presumption of approval): no registered license covers the order")
                .contains("license D700001: does not name Hanoi National AI Lab");
    }

    @Test
    void aLicenseThatCoversGivesNoRefusalOneShortOfUnitsSaysSoInKorean() {
        license("D700003", "Hanoi National AI Lab", 4L, LocalDate.of(2024, 12, 31));
        // 4 units on the license: an order of 4 is covered, no refusal and no case
        StoredDecision covered = decide(Fixtures.h100ToVietnam("RC-4", 4));
        Authorization a = store.decisions().authorization(covered.id());
        assertThat(a.details()).extracting(Authorization.Part::code).containsExactly("authorization.licensed");
        assertThat(covered.caseId()).isNull();
        // an order of 5 is one short: its case says why (the authorization now says the case comes first)
        StoredDecision shortBy1 = decide(Fixtures.h100ToVietnam("RC-5", 5));
        ReviewCase c = store.cases().get(shortBy1.caseId());
        assertThat(c.reason()).contains("license D700003: 4 units left, the order needs 5");
        assertThat(c.reasonDetails())
                .contains(new Sentence(
                        "license.refused.quantity-short",
                        Map.of("number", "D700003", "remaining", "4", "needed", "5")));
        assertThat(record(shortBy1, RecordLanguage.KO)).contains("허가 D700003: 잔여 수량 4개, 이 주문에 필요한 수량 5개.");
    }

    @Test
    void aCaseOpenedBeforeTheCodesKeepsItsEnglishShownAsTheServersOriginal() throws Exception {
        StoredDecision held = decide(Fixtures.order(
                "RC-OLD", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 1, 25000.0));
        // as a row written before V7 reads: no codes
        sql("UPDATE review_case SET reason_details = NULL WHERE id = " + held.caseId());
        ReviewCase c = store.cases().get(held.caseId());
        assertThat(c.reasonDetails()).isEmpty();
        assertThat(record(held, RecordLanguage.KO)).contains("서버 기록 원문 (영어): HOLD: 1 list match(es) to review");
        assertThat(record(held, RecordLanguage.EN))
                .contains("HOLD: 1 list match(es) to review")
                .doesNotContain("Server's original");
    }
}
