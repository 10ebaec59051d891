package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.rulebook.Verdict;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Huawei Ascend 910B/C/D are held for review anywhere from 2025-05-13 (GP10 guidance); other chips are not. */
class GeneralProhibition10Test {
    private static ChipSpec chip(String vendor, String model) {
        // TPP about 2,560: outside 3A090 in Malaysia either way, so the hold is the guidance's alone
        return new ChipSpec(vendor, model, true, Map.of(Precision.FP16, 80.0), 665.0, 56.0, 1600.0);
    }

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource({
        "Huawei, Ascend 910B, 2025-05-13, HOLD",
        "Huawei, Ascend 910C, 2026-02-01, HOLD",
        "HiSilicon, Ascend910D, 2026-02-01, HOLD",
        "huawei, ASCEND 910-B, 2026-02-01, HOLD",
        "Huawei, Ascend 910B, 2025-05-12, NLR",
        "Huawei, Ascend 910, 2026-02-01, NLR",
        "Huawei, Ascend 310, 2026-02-01, NLR",
        "Huawei, Ascend 910BX, 2026-02-01, NLR",
        "NVIDIA, Ascend 910B clone, 2026-02-01, NLR",
        "NVIDIA, H20, 2026-02-01, NLR"
    })
    void theNamedAscendChipsAreHeldAnywhere(String vendor, String model, String date, Verdict expected) {
        Decision d = DecisionRulesTest.decide(order(date, "MY", "MY", chip(vendor, model)));
        assertThat(d.verdict()).isEqualTo(expected);
        if (expected == Verdict.HOLD) {
            assertThat(d.items().getFirst().reasons())
                    .anyMatch(r -> r.ruleId().equals("gp10-huawei-ascend")
                            && r.citation().contains("736.2(b)(10)"));
        }
    }
}
