package dev.licit.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code serve --refresh-lists 6h} and {@code --list-max-age 7d}: the forms a person types. */
class DurationsTest {
    final Durations parse = new Durations();

    @Test
    void shortFormsAndIsoAreRead() {
        assertThat(parse.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(parse.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(parse.convert(" 6h ")).isEqualTo(Duration.ofHours(6));
        assertThat(parse.convert("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(parse.convert("PT6H")).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anythingElseIsRefusedWithTheFormsThatWork() {
        for (String bad : new String[] {"6", "6 hours", "h", "-1d", "7w", ""}) {
            assertThatThrownBy(() -> parse.convert(bad))
                    .as(bad)
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("90s, 30m, 6h or 7d");
        }
    }
}
