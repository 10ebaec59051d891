package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.B200;
import static dev.licit.core.decide.Orders.CERTS;
import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.H20;
import static dev.licit.core.decide.Orders.H200;
import static dev.licit.core.decide.Orders.L40;
import static dev.licit.core.decide.Orders.RTX4090;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Destination, end-user, embargo and exception rules, each on both sides. */
class DecisionRulesTest {
    static final DecisionEngine ENGINE = new DecisionEngine(RulebookLoader.loadDefault());

    static Decision decide(Order o) {
        return ENGINE.decide(ScreenedOrder.withHits(o, List.of(List.of())), null, null);
    }

    static Decision decide(Order o, ListHit hit) {
        return ENGINE.decide(ScreenedOrder.withHits(o, List.of(List.of(hit))), null, null);
    }

    @Test
    void embargoesApplyWhateverTheEccn() {
        ChipSpec weak = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);
        Decision cuba = decide(order("2024-06-01", "CU", "CU", weak));
        assertThat(cuba.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(cuba.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision nk = decide(order("2024-06-01", "KP", "KP", weak));
        assertThat(nk.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(nk.reviewPolicy()).isNull();
        ChipSpec unknownArea = new ChipSpec("x", "mi210", true, Map.of(Precision.FP16, 181.2), null, 300.0, 1600.0);
        assertThat(decide(order("2024-06-01", "CU", "CU", unknownArea)).verdict())
                .as("the embargo decides whatever the missing die area")
                .isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void missingDataHoldsOnlyWhereItMatters() {
        ChipSpec unknownArea = new ChipSpec("x", "mi210", true, Map.of(Precision.FP16, 181.2), null, 300.0, 1600.0);
        Decision china = decide(order("2024-06-01", "CN", "CN", unknownArea));
        assertThat(china.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(china.missing()).containsExactly("dieAreaMm2");
        assertThat(china.nextSteps().getFirst()).contains("dieAreaMm2");
        assertThat(decide(order("2024-06-01", "DE", "DE", unknownArea)).verdict())
                .isEqualTo(Verdict.NLR);
        ChipSpec unknownDc =
                new ChipSpec("x", "a.1 with unknown market", null, Map.of(Precision.FP8, 700.0), 600.0, 64.0, 1000.0);
        Decision vn = decide(order("2024-06-01", "VN", "VN", unknownDc));
        assertThat(vn.verdict()).as("NAC/ACA eligibility depends on datacenter").isEqualTo(Verdict.HOLD);
        assertThat(vn.missing()).contains("datacenter");
    }

    @ParameterizedTest(name = "{0}: {1} to {2} (HQ {3}) -> {4} {5} {6}")
    @CsvSource({
        "2024-06-01, H100, CN, CN, LICENSE_REQUIRED, PRESUMPTION_OF_DENIAL, ",
        "2024-06-01, H100, VN, VN, LICENSE_REQUIRED, PRESUMPTION_OF_APPROVAL, ",
        "2024-06-01, H100, VN, CN, LICENSE_REQUIRED, PRESUMPTION_OF_DENIAL, ",
        "2024-06-01, H100, DE, DE, NLR, , ",
        "2024-06-01, H100, IL, IL, NLR, , ",
        "2024-06-01, H100, IN, IN, NLR, , ",
        "2024-06-01, RTX4090, CN, CN, NOTIFICATION_REQUIRED, , NAC",
        "2024-06-01, RTX4090, VN, VN, LICENSE_EXCEPTION, , ACA",
        "2024-06-01, RTX4090, VN, CN, NOTIFICATION_REQUIRED, , NAC",
        "2024-06-01, RTX4090, DE, CN, NOTIFICATION_REQUIRED, , NAC",
        "2024-06-01, RTX4090, DE, DE, NLR, , ",
        "2024-06-01, L40, SA, SA, LICENSE_EXCEPTION, , ACA",
        "2024-06-01, L40, RU, RU, LICENSE_REQUIRED, PRESUMPTION_OF_DENIAL, ", // 746.8: no exception reaches Russia (was
        // NAC before issue 14)
        "2024-06-01, H20, CN, CN, NLR, , ",
        "2024-06-01, B200, MO, MO, LICENSE_REQUIRED, PRESUMPTION_OF_DENIAL, ",
        "2024-06-01, H100, US, CN, NLR, , ",
    })
    void destinationAndHeadquarters(
            String date, String chip, String dest, String hq, Verdict verdict, ReviewPolicy policy, String exception) {
        ChipSpec spec = switch (chip) {
            case "H100" -> H100;
            case "RTX4090" -> RTX4090;
            case "L40" -> L40;
            case "H20" -> H20;
            default -> B200;
        };
        Decision d = decide(order(date, dest, hq, spec));
        assertThat(d.verdict()).as(d.toString()).isEqualTo(verdict);
        assertThat(d.reviewPolicy()).isEqualTo(policy);
        assertThat(d.licenseException()).isEqualTo(exception);
    }

    @Test
    void januaryTwentyTwentySixPolicyNeedsEveryCondition() {
        String date = "2026-03-01";
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, H200)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(decide(order(date, "US", "MO", "MO", CERTS, H200)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(decide(order(date, "SG", "CN", "CN", CERTS, H200)).reviewPolicy())
                .as("re-export")
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS.subList(0, 3), H200))
                        .reviewPolicy())
                .as("three certifications")
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, B200)).reviewPolicy())
                .as("Blackwell")
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        ChipSpec at21000 = new ChipSpec("x", "x", true, Map.of(Precision.FP8, 21000.0 / 8), 900.0, 900.0, 6000.0);
        ChipSpec below21000 = new ChipSpec("x", "x", true, Map.of(Precision.FP8, 20999.99 / 8), 900.0, 900.0, 6000.0);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, at21000)).reviewPolicy())
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, below21000)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
        ChipSpec bw6500 = new ChipSpec("x", "x", true, Map.of(Precision.FP8, 1979.0), 814.0, 900.0, 6500.0);
        ChipSpec bw6499 = new ChipSpec("x", "x", true, Map.of(Precision.FP8, 1979.0), 814.0, 900.0, 6499.99);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, bw6500)).reviewPolicy())
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order(date, "US", "CN", "CN", CERTS, bw6499)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
        ChipSpec noBandwidth = new ChipSpec("x", "x", true, Map.of(Precision.FP8, 1979.0), 814.0, 900.0, null);
        Decision unknown = decide(order(date, "US", "CN", "CN", CERTS, noBandwidth));
        assertThat(unknown.reviewPolicy())
                .as("the stricter policy while DRAM bandwidth is unknown")
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(unknown.items().getFirst().reasons())
                .anyMatch(r -> r.summary().contains("memoryBandwidthGBs"));
    }

    @Test
    void nacConditionsAreEnforced() {
        Order seven = order("2024-06-01", "CN", "CN", RTX4090, RTX4090, RTX4090, RTX4090, RTX4090, RTX4090, RTX4090);
        Decision d = decide(seven);
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.items().getFirst().reasons()).anyMatch(r -> r.summary().contains("at most six items"));
        Order six = order("2024-06-01", "CN", "CN", RTX4090, RTX4090, RTX4090, RTX4090, RTX4090, RTX4090);
        assertThat(decide(six).verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        Order withDistributor = new Order(
                "T",
                LocalDate.parse("2024-06-01"),
                "US",
                "CN",
                List.of(
                        new Party(Role.END_USER, "A", "CN", "CN", null),
                        new Party(Role.DISTRIBUTOR, "B", "CN", "CN", null)),
                seven.items().subList(0, 1),
                List.of(),
                null);
        Decision dd = ENGINE.decide(ScreenedOrder.withHits(withDistributor, List.of(List.of(), List.of())), null, null);
        assertThat(dd.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Order twoEndUsers = new Order(
                "T",
                LocalDate.parse("2024-06-01"),
                "US",
                "CN",
                List.of(
                        new Party(Role.END_USER, "A", "CN", "CN", null),
                        new Party(Role.END_USER, "B", "CN", "CN", null)),
                seven.items().subList(0, 1),
                List.of(),
                null);
        assertThat(ENGINE.decide(ScreenedOrder.withHits(twoEndUsers, List.of(List.of(), List.of())), null, null)
                        .verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void listMatchesDecide() {
        Order o = order("2024-06-01", "DE", "DE", H20);
        ListHit el = new ListHit("EL", "1", "Huawei", "Huawei", 1.0, "MATCH", null, null, null);
        ListHit dpl = new ListHit("DPL", "2", "X", "X", 1.0, "MATCH", null, null, null);
        ListHit possible = new ListHit("EL", "3", "Y", "Y", 0.8, "POSSIBLE", null, null, null);
        ListHit uvl = new ListHit("UVL", "4", "Z", "Z", 1.0, "MATCH", null, null, null);
        assertThat(decide(o, el).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(decide(o, el).reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(o, dpl).verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(decide(o, possible).verdict()).isEqualTo(Verdict.HOLD);
        assertThat(decide(o, possible).nextSteps().getFirst()).contains("possible list match");
        assertThat(decide(o, uvl).verdict()).isEqualTo(Verdict.HOLD);
        Decision uvlVietnam = decide(order("2024-06-01", "VN", "VN", RTX4090), uvl);
        assertThat(uvlVietnam.verdict())
                .as("no license exception for UVL parties")
                .isEqualTo(Verdict.HOLD);
        assertThat(uvlVietnam.licenseException()).isNull();
    }

    @Test
    void aiDiffusionPostureSwitch() {
        Order brazil = order("2025-03-01", "BR", "BR", H100);
        assertThat(ENGINE.decide(ScreenedOrder.withHits(brazil, List.of(List.of())), null, null)
                        .verdict())
                .isEqualTo(Verdict.NLR);
        Decision enforced =
                ENGINE.decide(ScreenedOrder.withHits(brazil, List.of(List.of())), null, AiDiffusionPosture.ENFORCED);
        assertThat(enforced.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(enforced.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
        assertThat(enforced.aiDiffusionEnforced()).isTrue();
        Decision japan = ENGINE.decide(
                ScreenedOrder.withHits(order("2025-03-01", "JP", "JP", H100), List.of(List.of())),
                null,
                AiDiffusionPosture.ENFORCED);
        assertThat(japan.verdict()).isEqualTo(Verdict.LICENSE_EXCEPTION);
        assertThat(japan.licenseException()).isEqualTo("AIA");
        assertThat(ENGINE.decide(
                                ScreenedOrder.withHits(order("2024-06-01", "BR", "BR", H100), List.of(List.of())),
                                null,
                                AiDiffusionPosture.ENFORCED)
                        .verdict())
                .as("before the rule existed")
                .isEqualTo(Verdict.NLR);
    }

    @Test
    void systemsFollowTheirChips() {
        SystemSpec server = new SystemSpec("HGX H100", List.of(new SystemSpec.Component(H100, 8)));
        Decision d = decide(order("2024-06-01", "CN", "CN", server));
        assertThat(d.items().getFirst().classification().eccn()).isEqualTo("4A090.a");
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void sameOrderSameRulebookSameDecision() {
        Order o = order("2024-06-01", "VN", "CN", RTX4090, H100);
        Decision a = decide(o);
        Decision b = new DecisionEngine(RulebookLoader.loadDefault())
                .decide(ScreenedOrder.withHits(o, List.of(List.of())), null, null);
        assertThat(a).isEqualTo(b);
        assertThat(a.rulebookSha256()).hasSize(64);
    }
}
