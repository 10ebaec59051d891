package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ordinals of Chinese institutes' names (第十四研究所, the 14th Research Institute) read as the
 * numbers the lists write in digits, in the glossed reading.
 */
class ChineseNumeralsTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "四, 4",
        "十, 10",
        "十四, 14",
        "二十, 20",
        "二十三, 23",
        "七百二十二, 722",
        "一百零五, 105",
        "两千, 2000",
        "七二二, 722", // digits without units, one by one
        "七〇一, 701",
        "一千二百三十四, 1234",
    })
    void numerals(String numerals, int value) {
        assertThat(Normalizer.chineseNumber(numerals)).isEqualTo(value);
    }

    @Test
    void anOrdinalIsANumberInTheGlossedReadingOnly() {
        List<NormalizedName> readings = Normalizer.readings("中国电子科技集团公司第十四研究所");
        NormalizedName glossed = readings.stream()
                .filter(r -> r.reading().equals("glossed"))
                .findFirst()
                .orElseThrow();
        assertThat(glossed.tokens()).anySatisfy(t -> {
            assertThat(t.key()).isEqualTo("14");
            assertThat(t.kind()).isEqualTo(TokenKind.NUMBER);
        });
        NormalizedName plain = readings.stream()
                .filter(r -> r.reading().equals("transliterated"))
                .findFirst()
                .orElseThrow();
        assertThat(plain.tokens()).noneSatisfy(t -> assertThat(t.key()).isEqualTo("14"));
    }

    @Test
    void numeralsWithoutTheOrdinalMarkOrTooManyAreNotANumber() {
        assertThat(Normalizer.chineseNumeralEnd("第十四研究所", 1)).isEqualTo(3);
        assertThat(Normalizer.chineseNumeralEnd("第研究所", 1)).isEqualTo(1);
        assertThat(Normalizer.chineseNumeralEnd("第一二三四五六七八", 1)).isEqualTo(1);
    }
}
