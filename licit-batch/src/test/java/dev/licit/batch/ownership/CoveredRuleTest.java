package dev.licit.batch.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.rulebook.CompiledRulebook;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The covered set's rules are the batch screen's rules: the Affiliates posture is read in one place
 * ({@link OwnershipScreen#rulesOn}), on both sides of the day the suspension ends.
 */
class CoveredRuleTest {
    static List<String> ids(List<CoveredRule> rules) {
        return rules.stream().map(CoveredRule::id).toList();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // the posture's own default, then each posture, after 2026-11-10 (the posture decides)
                "2026-12-06, -, ofac50 affiliates",
                "2026-12-06, applies, ofac50 affiliates",
                "2026-12-06, suspended, ofac50",
                // during the suspension the rule's own dates decide
                "2026-06-01, -, ofac50",
            })
    void theCoveredRulesAreTheScreensRules(String day, String posture, String expected) {
        CompiledRulebook rb = RulebookLoader.loadDefault().on(LocalDate.parse(day));
        List<OwnershipRule> screen = OwnershipScreen.rulesOn(rb, posture);
        List<CoveredRule> covered = CoveredRule.inForce(rb, posture);
        assertThat(covered).isEqualTo(screen.stream().map(CoveredRule::of).toList());
        assertThat(ids(covered)).isEqualTo(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"Applies", "suspend", "''"})
    void aPostureThatIsNeitherIsRefusedNamingTheOption(String posture) {
        CompiledRulebook rb = RulebookLoader.loadDefault().on(LocalDate.parse("2026-12-06"));
        assertThatThrownBy(() -> CoveredRule.inForce(rb, posture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--affiliates takes applies or suspended, not '" + posture + "'");
    }
}
