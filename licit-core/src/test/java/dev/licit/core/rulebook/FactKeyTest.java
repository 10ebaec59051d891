package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The fact vocabulary is declared once: what conditions may name is exactly what the engine may write. */
class FactKeyTest {
    @Test
    void everyKeyIsDeclaredOnceAndNothingElseIs() {
        assertThat(Facts.declarations().keySet())
                .containsExactly(
                        Arrays.stream(FactKey.values()).map(FactKey::key).toArray(String[]::new));
    }

    @Test
    void aMissingFactNamesTheInputThatSuppliesIt() {
        assertThat(Facts.inputFieldOf(FactKey.TPP.key())).isEqualTo("dense");
        assertThat(Facts.inputFieldOf(FactKey.HQ_GROUPS.key())).isEqualTo("parties[].headquarters");
        // a derived fact has no input of its own: it stands for itself
        assertThat(Facts.inputFieldOf(FactKey.ECCN.key())).isEqualTo("eccn");
    }
}
