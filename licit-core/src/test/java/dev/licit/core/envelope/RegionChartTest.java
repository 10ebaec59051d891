package dev.licit.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart of 3A090 regions is the rulebook's classifier on a grid: its regions move with the rules' dates. */
class RegionChartTest {
    static final Rulebook RULES = RulebookLoader.loadDefault();
    static final RegionChart CHART = new RegionChart();

    private static String at(RegionChart.Chart c, double tpp, double pd) {
        RegionChart.Axes a = c.axes();
        int row = (int) Math.floor(tpp / a.tppMax() * a.rows());
        int col = (int) Math.floor(pd / a.pdMax() * a.columns());
        return c.cells().get(row).get(col);
    }

    @Test
    void theRegionsFollowTheRulesInForce() {
        RegionChart.Axes axes = new RegionChart.Axes(true, 25, 0, 42000, 70, 70);
        RegionChart.Chart oct2022 = CHART.draw(RULES.on(LocalDate.parse("2022-11-01")), axes);
        RegionChart.Chart nov2023 = CHART.draw(RULES.on(LocalDate.parse("2023-12-01")), axes);
        assertThat(oct2022.cells()).hasSize(70).allMatch(r -> r.size() == 70);
        // TPP 5,000 at density 3: above 4,800 in both texts
        assertThat(at(oct2022, 5_000, 3)).startsWith("3A090");
        assertThat(at(nov2023, 5_000, 3)).isEqualTo("3A090.a 3A090.a.1");
        // TPP 3,000 at density 8: below the 2022 threshold, inside 3A090.a from 2023-11-17 (TPP >= 1,600 and PD >=
        // 5.92)
        assertThat(at(oct2022, 3_000, 8)).isEqualTo("NONE");
        assertThat(at(nov2023, 3_000, 8)).isEqualTo("3A090.a 3A090.a.2");
        assertThat(nov2023.labels()).contains("NONE", "3A090.a 3A090.a.1", "3A090.a 3A090.a.2");
        assertThat(at(nov2023, 300, 1)).as("low TPP is outside everywhere").isEqualTo("NONE");
    }

    @Test
    void aLogarithmicAxisStartsAtItsMinimum() {
        CompiledRulebook rb = RULES.on(LocalDate.parse("2024-06-01"));
        RegionChart.Chart log = CHART.draw(rb, new RegionChart.Axes(false, 25, 500, 42000, 10, 10));
        assertThat(log.axes().logarithmic()).isTrue();
        assertThat(log.axes().tpp(0)).isGreaterThan(500).isLessThan(700);
        assertThat(log.axes().tpp(9)).isGreaterThan(30_000).isLessThan(42_000);
        assertThat(log.cells().getFirst()).allMatch(l -> l.equals("NONE"));
        assertThatThrownBy(() -> new RegionChart.Axes(true, 25, 500, 400, 10, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.copyOf(log.labels())).isSorted();
    }
}
