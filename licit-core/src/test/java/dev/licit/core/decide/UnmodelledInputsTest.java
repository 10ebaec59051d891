package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A declared end use, end-user type, region or exporter type that no rule acts on yet holds a
 * clearance for review, and leaves a license requirement as it is, with the gap among its reasons.
 */
class UnmodelledInputsTest {
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    private static Order with(
            Order o, String region, List<EndUse> uses, EndUserType type, Exporter exporter, List<Party> parties) {
        return new Order(
                o.id(),
                o.date(),
                o.exportFrom(),
                o.destination(),
                parties == null ? o.parties() : parties,
                o.items(),
                o.certifications(),
                o.aiDiffusionPosture(),
                region,
                uses,
                type,
                exporter);
    }

    private static Decision decide(Order o) {
        return DecisionRulesTest.decide(o);
    }

    @Test
    void anUncontrolledChipToGermanyIsNlrWithNothingDeclared() {
        Order plain = order("2026-02-01", "DE", "DE", WEAK);
        assertThat(decide(plain).verdict()).isEqualTo(Verdict.NLR);
        assertThat(decide(with(
                                plain,
                                null,
                                List.of(EndUse.CIVIL, EndUse.AI_TRAINING),
                                EndUserType.CIVIL,
                                new Exporter("E", "US", ExporterType.DISTRIBUTOR),
                                null))
                        .verdict())
                .as("civil uses and a distributor touch no control left unmodelled")
                .isEqualTo(Verdict.NLR);
    }

    @ParameterizedTest(name = "{0} to {1} -> {2}")
    @CsvSource({
        "SUPERCOMPUTER, DE, NLR", // 744.23 reaches D:5 and Macau only
        "ADVANCED_NODE_IC_PRODUCTION, DE, NLR",
        "SUPERCOMPUTER, CN, LICENSE_REQUIRED",
        "ADVANCED_NODE_IC_PRODUCTION, MO, LICENSE_REQUIRED",
        "WMD, DE, LICENSE_REQUIRED",
        "MILITARY, CN, LICENSE_REQUIRED",
        "MILITARY, VE, LICENSE_REQUIRED",
        "MILITARY_INTELLIGENCE, RU, LICENSE_REQUIRED",
        "MILITARY, DE, HOLD", // 744.21's country list is not complete in the reference: held, not cleared
        "MILITARY_INTELLIGENCE, IN, HOLD",
        "AI_TRAINING, CN, NLR",
        "CIVIL, CN, NLR"
    })
    void aDeclaredEndUseIsDecidedWhereTheRulesReachAndHeldWhereTheyDoNot(EndUse use, String dest, Verdict expected) {
        Decision d = decide(with(order("2026-02-01", dest, dest, WEAK), null, List.of(use), null, null, null));
        assertThat(d.verdict()).isEqualTo(expected);
        if (expected == Verdict.HOLD) {
            assertThat(d.items().getFirst().reasons())
                    .anyMatch(r -> r.ruleId().equals("unmodelled.endUse")
                            && r.citation().startsWith("15 CFR 744."));
        }
    }

    @Test
    void eachDeclaredGapHoldsAClearance() {
        Order de = order("2026-02-01", "DE", "DE", WEAK);
        assertThat(decide(with(de, null, List.of(), EndUserType.MILITARY, null, null))
                        .verdict())
                .isEqualTo(Verdict.HOLD);
        assertThat(decide(with(de, null, List.of(), EndUserType.GOVERNMENT, null, null))
                        .verdict())
                .isEqualTo(Verdict.NLR);
        // a FOUNDRY or OSAT exporter is decided by Note 1 to 3A090.a now (Note1PresumptionTest)
        // owners are decided by the 50 % rules now (OwnershipDecisionTest): an owner screened and found on no list
        // leaves the clearance as it is
        Party owned = new Party(
                Role.END_USER, "Owned GmbH", "DE", "DE", null, List.of(new Owner("Parent Ltd", "HK", 60.0, List.of())));
        Order ownedOrder = with(de, null, List.of(), null, null, List.of(owned));
        assertThat(DecisionRulesTest.ENGINE
                        .decide(ScreenedOrder.screen(ownedOrder, p -> List.of()), null, null)
                        .verdict())
                .isEqualTo(Verdict.NLR);
        Party crimea = new Party(Role.END_USER, "Shop", "UA", null, "ul. Lenina 1, Simferopol, Crimea");
        Order ua = order("2026-02-01", "UA", "UA", WEAK);
        assertThat(decide(ua).verdict()).isEqualTo(Verdict.NLR);
        // the covered regions are modelled (746.6): a license, not a hold
        assertThat(decide(with(ua, "UA-43", List.of(), null, null, null)).verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(decide(with(ua, "UA-30", List.of(), null, null, null)).verdict())
                .as("Kyiv")
                .isEqualTo(Verdict.NLR);
        assertThat(decide(with(ua, null, List.of(), null, null, List.of(crimea)))
                        .verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void aLicenseRequirementStandsAndNamesTheGapOrTheRule() {
        Order china = order("2026-02-01", "CN", "CN", H100);
        Decision plain = decide(china);
        assertThat(plain.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Decision military = decide(with(china, null, List.of(EndUse.MILITARY), null, null, null));
        assertThat(military.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(military.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(military.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("end-use-military-744.21"));
        // a military use outside the countries the rules name: the requirement stands and the gap is named
        Order india = order("2026-02-01", "IN", "CN", H100);
        Decision indiaMilitary = decide(with(india, null, List.of(EndUse.MILITARY), null, null, null));
        assertThat(indiaMilitary.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("unmodelled.endUse"));
        assertThat(indiaMilitary.verdict()).isIn(Verdict.LICENSE_REQUIRED, Verdict.HOLD);
    }
}
