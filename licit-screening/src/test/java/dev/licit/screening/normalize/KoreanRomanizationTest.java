package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Korean key of Revised Romanization (as ICU reads Hangul), McCune-Reischauer and the spellings
 * in common use: the same syllables agree, other syllables do not.
 */
class KoreanRomanizationTest {
    @ParameterizedTest(name = "{0} and {1} agree")
    @CsvSource({
        "jeonghui, chunghee", // 정희: Park Chung-hee
        "geonhui, kunhee", // 건희: Lee Kun-hee
        "taeu, taewoo", // 태우: Roh Tae-woo
        "seokyeol, sukyeol", // 석열
        "hyeondae, hyundai",
        "gwangseon, kwangson",
        "samseong, samsung",
        "jeongeun, jongun", // 정은
        "sihun, shihun", // 시훈
        "uijeong, euijeong", // 의정
        "uiseon, euisun", // 의선: Chung Eui-sun
        "deoksu, ducksoo", // 덕수: Han Duck-soo
        "gyoan, kyoahn", // 교안: Hwang Kyo-ahn
        "son, sohn",
    })
    void sameSyllables(String a, String b) {
        assertThat(KoreanRomanization.key(a)).isEqualTo(KoreanRomanization.key(b));
    }

    @ParameterizedTest(name = "{0} and {1} differ")
    @CsvSource({
        "jeonghui, chungha", // 희 is not 하
        "taeu, taeho", // 우 is not 호
        "geonhui, kunhwa",
        "jeong, jang",
        "sihun, sahun",
        "taehwan, taewan", // the h of 화 stays
        "ahn, ahm",
        "an, ahn", // three letters: an English word is no surname spelling (the surname table pairs them)
        "no, noh",
        "kui, ki", // a u before i inside a word is written (Wan Kuok-kui, a Cantonese name)
    })
    void otherSyllables(String a, String b) {
        assertThat(KoreanRomanization.key(a)).isNotEqualTo(KoreanRomanization.key(b));
    }
}
