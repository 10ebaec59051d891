package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.RulebookLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rulebook diff in the core: entries added, removed and amended, and country-group moves, in words. */
class RulebookDiffTest {
    static final Rulebook RULES = RulebookLoader.loadDefault();

    @Test
    void theNovember2023RulesReplaceTheOctober2022Text() {
        RulebookDiff.Diff d = RulebookDiff.between(RULES, LocalDate.parse("2023-11-16"), LocalDate.parse("2023-11-17"));
        assertThat(d.sameRules()).isFalse();
        assertThat(d.added()).extracting(Rule::id).contains("3A090.a.1", "3A090.a.2");
        assertThat(d.removed()).isNotEmpty();
        assertThat(d.changed()).allMatch(c -> c.description().endsWith("."));
    }

    @Test
    void twoDatesUnderOneVersionAreTheSameRules() {
        RulebookDiff.Diff d = RulebookDiff.between(RULES, LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-02"));
        assertThat(d.sameRules()).isTrue();
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
        assertThat(d.changed()).isEmpty();
    }

    @Test
    void countryGroupMovesAreSaid() {
        RulebookDiff.Diff d = RulebookDiff.between(RULES, LocalDate.parse("2026-07-09"), LocalDate.parse("2026-07-10"));
        assertThat(d.countryGroups()).anyMatch(g -> g.contains("(AE)") && g.contains("joined Country Group A:5"));
        assertThat(d.added()).extracting(Rule::id).contains("uae-advanced-computing-2026");
    }
}
