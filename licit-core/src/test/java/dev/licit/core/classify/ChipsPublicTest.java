package dev.licit.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.Shared;
import dev.licit.core.io.ChipCsvReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of chips-public.csv gets its expected outcome under the 2022 and the 2023 text. */
class ChipsPublicTest {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    static final LocalDate TEXT_2022 = LocalDate.of(2023, 6, 1);
    static final LocalDate TEXT_2023 = LocalDate.of(2024, 6, 1);

    static Stream<Arguments> rows() throws Exception {
        try (Reader r = Files.newBufferedReader(Shared.resolve("data/chips/chips-public.csv"))) {
            List<ChipCsvReader.Row> rows = ChipCsvReader.read("chips-public.csv", r);
            assertThat(rows).hasSize(35);
            return rows.stream()
                    .flatMap(row -> Stream.of(
                            Arguments.of(
                                    row.chip().model(), TEXT_2022, row.cells().get("expected_2022"), row),
                            Arguments.of(
                                    row.chip().model(), TEXT_2023, row.cells().get("expected_2023"), row)));
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("rows")
    void classifiesAsTheReferenceExpects(String model, LocalDate date, String expected, ChipCsvReader.Row row) {
        Classification c = new Classifier().classify(row.chip(), RULEBOOK.on(date));
        switch (expected) {
            case "unknown" -> {
                assertThat(c.status()).isEqualTo(Classification.Status.INDETERMINATE);
                assertThat(c.missing()).containsAnyOf("dense", "interconnectGBs");
            }
            case "needs-die-area" -> {
                assertThat(c.status()).isEqualTo(Classification.Status.INDETERMINATE);
                assertThat(c.missing()).containsExactly("dieAreaMm2");
            }
            case "not-3A090" -> {
                assertThat(c.status()).isEqualTo(Classification.Status.CLASSIFIED);
                assertThat(c.eccn()).isEqualTo("NONE");
            }
            default -> {
                assertThat(c.status()).isEqualTo(Classification.Status.CLASSIFIED);
                assertThat(c.eccn()).as(c.toString()).isEqualTo(expected);
            }
        }
    }
}
