package dev.licit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The quick reading of a date accepts and refuses exactly what {@link LocalDate#parse} does. */
class IsoDatesTest {
    @Test
    void aDateIsReadAndADayTheMonthLacksIsRefused() {
        assertThat(IsoDates.parse("2026-12-07")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> IsoDates.parse("2023-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.parse("2026-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.parse("2026-00-10")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.parse("2026-1-07")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.parse("2026/12/07")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.parse("２０２６-12-07")).isInstanceOf(DateTimeException.class);
    }

    @Property(tries = 3000)
    void agreesWithTheGeneralParser(@ForAll("dateLike") String text) {
        assertThat(outcome(() -> IsoDates.parse(text))).isEqualTo(outcome(() -> LocalDate.parse(text)));
    }

    private static Optional<LocalDate> outcome(java.util.function.Supplier<LocalDate> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeException refused) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> wellFormed = Arbitraries.integers()
                .between(0, 9999)
                .flatMap(y -> Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(m -> Arbitraries.integers()
                                .between(0, 32)
                                .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789-+T:٣")
                .ofMinLength(8)
                .ofMaxLength(12);
        return Arbitraries.oneOf(wellFormed, wellFormed, noise);
    }
}
