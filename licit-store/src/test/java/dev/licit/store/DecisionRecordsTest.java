package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.desk.OrderDesk;
import dev.licit.store.license.NewLicense;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 18, point 4: the printable record of a decision, in English and Korean, escaped. */
@ParameterizedClass
@EnumSource(Backend.class)
class DecisionRecordsTest extends StoreTestBase {

    private StoredDecision decide(String json) {
        return store.decisions().record(Fixtures.decide(store, json, Fixtures.curatedScreener(), ALICE));
    }

    @Test
    void theRecordHoldsTheOrderClassificationScreeningReviewAndAuditSequence() {
        StoredDecision held = decide(Fixtures.order(
                "REC-1", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        long match = store.cases().get(held.caseId()).matches().getFirst().id();
        store.cases().clear(held.caseId(), match, "Hamburg importer, other address", BOB);
        String html = new DecisionRecords(store, clock).html(store.decisions().get(held.id()), RecordLanguage.EN);
        assertThat(html)
                .contains("Export decision record")
                .contains(held.id())
                .contains("REC-1")
                .contains("3A090.a")
                .contains("TPP 15832")
                .contains("15 CFR")
                .contains("Higon Trading GmbH")
                .contains("Hamburg importer, other address")
                .contains("decision " + held.id())
                .contains("does not apply Korea&#39;s strategic items control")
                .doesNotContain("<script");
        // the audit rows of the decision and of its case, with their sequence numbers and hashes
        store.audit().about(held.id()).forEach(e -> assertThat(html).contains(e.hash()));
        store.audit()
                .about("case:" + held.caseId())
                .forEach(e -> assertThat(html).contains(e.hash()));
    }

    @Test
    void everyShipmentOfAnOrderShippedInPartsIsInTheRecordWithItsReferences() {
        store.licenses()
                .register(
                        new NewLicense(
                                "D300001",
                                List.of("3A090"),
                                "VN",
                                List.of("Hanoi National AI Lab"),
                                20L,
                                null,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                null),
                        ALICE);
        StoredDecision d = Fixtures.record(store, Fixtures.h100ToVietnam("REC-SHIP", 8));
        store.decisions()
                .recordShipment(
                        d.id(),
                        null,
                        new Shipment.Request(List.of(3L), "X20240530123456", "176-12345675", "INV-0042"),
                        BOB);
        store.decisions().recordShipment(d.id(), BOB);
        String en = new DecisionRecords(store, clock).html(d, RecordLanguage.EN);
        assertThat(en)
                .contains("units per line [3]")
                .contains("ITN X20240530123456")
                .contains("AWB 176-12345675")
                .contains("invoice INV-0042")
                .contains("units per line [5]")
                .doesNotContain("No shipment recorded.");
        assertThat(new DecisionRecords(store, clock).html(d, RecordLanguage.KO))
                .contains("품목별 수량 [3]")
                .contains("송장 INV-0042");
    }

    @Test
    void inKoreanTheLabelsVerdictAndRuleTextsAreKorean() {
        StoredDecision d = decide(Fixtures.h100ToVietnam("REC-KO", 2));
        String html = new DecisionRecords(store, clock).html(d, RecordLanguage.KO);
        assertThat(html)
                .contains("<html lang=\"ko\">")
                .contains("수출 판정 기록")
                .contains("목적국")
                .contains("허가 필요")
                .contains("TPP 15832가 4800 이상")
                .contains("전략물자")
                // the next steps too, from their codes and values
                .contains("SNAP-R에서 BIS 수출 허가를 신청하십시오")
                .contains("5년간 보관하십시오")
                .doesNotContain("Keep this decision")
                // the authorization's detail from its sentence codes (the case must be worked first)
                .contains("먼저 처리해야 합니다.")
                .doesNotContain("must be reviewed first")
                // what would change it names the rule by its Korean title (title.* in rules.ko.yaml)
                .contains("첨단 컴퓨팅 품목의 국가군 D:1 또는 D:4 수출 (D:5, A:5/A:6 제외)의 허가 요건")
                .doesNotContain("Advanced-computing item to");
        assertThat(new DecisionRecords(store, clock).html(d, RecordLanguage.EN))
                .contains("The license requirement of Advanced-computing item to Country Group D:1 or D:4");
    }

    @Test
    void aCasesKindStatusActionsAndMatchesAreSaidInWordsInBothLanguages() {
        StoredDecision held = decide(Fixtures.order(
                "REC-WORDS", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        long caseId = held.caseId();
        long match = store.cases().get(caseId).matches().getFirst().id();
        store.cases().clear(caseId, match, "Hamburg importer, other address", BOB);
        DecisionRecords records = new DecisionRecords(store, clock);
        StoredDecision d = store.decisions().get(held.id());
        // open: the same words as the UI's (kind.*, status.*, wb.action.*, mstatus.*, role.*), never the codes
        assertThat(records.html(d, RecordLanguage.EN))
                .contains("Case " + caseId + ": Order decision, Open. ")
                .contains("<td>Opened</td>")
                .contains("<td>Cleared</td>")
                .contains(": Cleared (false positive)")
                .contains("<td>End user</td>")
                .doesNotContain("DECISION, OPEN")
                .doesNotContain("<td>OPENED</td>")
                .doesNotContain("<td>END_USER</td>")
                .doesNotContain(": CLEARED");
        assertThat(records.html(d, RecordLanguage.KO))
                .contains("검토 건 " + caseId + ": 주문 판정, 진행 중. ")
                .contains("<td>접수</td>")
                .contains("<td>오탐 해제</td>")
                .contains(": 오탐 해제")
                .contains("<td>최종 사용자</td>")
                .doesNotContain("DECISION")
                .doesNotContain("OPENED")
                .doesNotContain("END_USER")
                .doesNotContain("CLEARED");
        // released: the status and the action in words, the shipping status too
        store.cases().release(caseId, "false positive cleared", BOB);
        assertThat(records.html(d, RecordLanguage.EN))
                .contains("Case " + caseId + ": Order decision, Released. ")
                .contains("<td>Released</td>")
                .contains("a reviewer released it")
                .doesNotContain("RELEASED");
        assertThat(records.html(d, RecordLanguage.KO))
                .contains("검토 건 " + caseId + ": 주문 판정, 출하 승인됨. ")
                .contains("<td>출하 승인</td>")
                .contains("검토자가 출하를 승인함")
                .doesNotContain("RELEASE");
    }

    @Test
    void aPartysStandingUnderEachFiftyPercentRuleIsSaidByTheRulesTitleInBothLanguages() {
        // the order desk screens the owners too (the server's way), so that the Huawei owner is a match
        String text = """
                {"id": "REC-OWN", "date": "2025-10-15", "exportFrom": "US", "destination": "MY",
                 "parties": [{"role": "END_USER", "name": "Penang Edge Compute Sdn Bhd", "country": "MY",
                   "owners": [{"name": "Lotus Holdings Ltd", "country": "HK", "percent": 60,
                     "owners": [{"name": "Huawei Technologies Co., Ltd.", "country": "CN", "percent": 100}]},
                     {"name": "Local Pension Fund", "country": "MY", "percent": 40}]}],
                 "items": [{"sku": "h100", "quantity": 8, "unitValueUsd": 25000, "catalogId": "nvidia-h100-sxm5-80gb"}]}
                """;
        OrderDesk desk = new OrderDesk(store, new DecisionEngine(Fixtures.RULEBOOK), Fixtures::curatedScreener);
        Order order = new OrderReader(Fixtures.RULEBOOK.countries(), CatalogReader.loadDefault())
                .read("own.json", text, true);
        StoredDecision d = desk.record(desk.decide(order, text, null, Postures.NONE), ALICE)
                .join()
                .stored();
        String en = new DecisionRecords(store, clock).html(d, RecordLanguage.EN);
        assertThat(en)
                .contains("BIS Affiliates rule: covered. Penang Edge Compute Sdn Bhd is 60 % owned by listed parties:"
                        + " Lotus Holdings Ltd 60 % (itself owned by listed parties: Huawei Technologies Co., Ltd. 100 %"
                        + " (Entity List")
                .contains("OFAC 50 % rule: clear. ");
        String ko = new DecisionRecords(store, clock).html(d, RecordLanguage.KO);
        assertThat(ko)
                // the rule by its Korean title, its standing in words, the path rebuilt in Korean
                .contains("BIS 계열사 규칙: 적용 대상. Penang Edge Compute Sdn Bhd는 명단 등재자가 60 % 소유합니다:"
                        + " Lotus Holdings Ltd 60 % (그 자체가 명단 등재자 소유: Huawei Technologies Co., Ltd. 100 %"
                        + " (등재: Entity List")
                .contains("OFAC 50 % 규칙: 해당 없음. Penang Edge Compute Sdn Bhd에는 명단에 등재된 소유자가 없습니다.")
                // the reason that carries the path says it in Korean too
                .contains("계열사 규칙에 따라")
                .doesNotContain("owned by listed parties")
                .doesNotContain("BIS Affiliates rule")
                .doesNotContain("COVERED");
    }

    @Test
    void outsideTextIsEscaped() {
        StoredDecision d = decide(Fixtures.order(
                "REC-<b>",
                "2024-06-01",
                "DE",
                "Evil <script>alert(1)</script> GmbH",
                "DE",
                "nvidia-h100-sxm5-80gb",
                1,
                1.0));
        String html = new DecisionRecords(store, clock).html(d, RecordLanguage.EN);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("REC-&lt;b&gt;");
        assertThat(DecisionRecords.STYLE_CSP).startsWith("default-src 'none'; style-src 'sha256-");
    }

    @Test
    void anItemOutsideTheEntriesIsSaidInWordsWithItsClassificationGuidanceInBothLanguages() {
        // the RTX 4090 D: TPP about 4,707, not datacenter: outside 3A090 under Note 2
        StoredDecision d = decide(Fixtures.order(
                "REC-OUT", "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-geforce-rtx-4090-d", 1, 1500.0));
        String en = new DecisionRecords(store, clock).html(d, RecordLanguage.EN);
        assertThat(en)
                .contains("outside 3A090/4A090")
                .contains("Own classification: [I]")
                .contains("EAR99")
                .contains("15 CFR 746.8")
                .doesNotContain(">NONE<");
        String ko = new DecisionRecords(store, clock).html(d, RecordLanguage.KO);
        assertThat(ko).contains("3A090·4A090 해당 없음").contains("품목 자체의 분류").contains("EAR99");
    }
}
