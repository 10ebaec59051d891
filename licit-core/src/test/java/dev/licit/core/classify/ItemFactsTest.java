package dev.licit.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.FactKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classification and decision see one derivation of a system's facts. */
class ItemFactsTest {
    private static final CompiledRulebook RB = RulebookLoader.loadDefault().on(LocalDate.parse("2025-06-01"));

    private static ChipSpec chip(Double bandwidth, Boolean datacenter) {
        return new ChipSpec("Example", "X", datacenter, Map.of(Precision.FP16, 500.0), 800.0, 900.0, bandwidth);
    }

    @Test
    void aSystemsBandwidthIsUnknownWhileAnyChipsIsAndItsChipsEccnsAreFacts() {
        SystemSpec system = new SystemSpec(
                "box",
                List.of(
                        new SystemSpec.Component(chip(3000.0, true), 8),
                        new SystemSpec.Component(chip(null, false), 1)));
        Classification c = new Classifier().classify(system, RB);
        Map<String, Object> facts = ItemFacts.of(system, c);
        assertThat(facts)
                .doesNotContainKey(FactKey.DRAM_BANDWIDTH.key())
                .containsEntry(FactKey.DATACENTER.key(), true)
                .containsEntry(FactKey.ITEM_KIND.key(), "system")
                .containsKey(FactKey.CONTAINS_ECCNS.key())
                .containsEntry(FactKey.ECCN.key(), c.eccn());
        SystemSpec known = new SystemSpec(
                "box",
                List.of(
                        new SystemSpec.Component(chip(3000.0, false), 8),
                        new SystemSpec.Component(chip(4000.0, false), 1)));
        assertThat(ItemFacts.of(known, new Classifier().classify(known, RB)))
                .containsEntry(FactKey.DRAM_BANDWIDTH.key(), 4000.0)
                .containsEntry(FactKey.DATACENTER.key(), false);
    }
}
