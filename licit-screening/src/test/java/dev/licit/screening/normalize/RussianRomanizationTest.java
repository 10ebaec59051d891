package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Russian romanisation key: the systems' spellings of one name agree, two names do not. */
class RussianRomanizationTest {
    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({
        "zajcev, zaitsev", // scholarly / ISO 9 against passport (ICAO)
        "zajcev, zaytsev", // against BGN/PCGN
        "sojgu, shoigu",
        "sojgu, shoygu",
        "jurij, yuriy",
        "jurij, yury",
        "jurij, iurii",
        "aleksej, alexey",
        "aleksej, aleksey",
        "aleksej, alexei",
        "gennadij, gennadii",
        "scerbakov, shcherbakov", // šč is shch
        "xruscev, khrushchev", // scholarly x is kh at the start
        "cernov, chernov", // č is ch
        "zukov, zhukov", // ž is zh
        "evgenij, yevgeny", // ye is e
        "fedorov, fyodorov", // ë is yo
        "petr, pyotr",
        "gorbatschow, gorbachov", // German tsch, w
    })
    void oneNameOneKey(String a, String b) {
        assertThat(RussianRomanization.key(a)).isNotEmpty().isEqualTo(RussianRomanization.key(b));
    }

    @ParameterizedTest(name = "{0} and {1} keep two keys")
    @CsvSource({
        "zaitsev, zaikin",
        "shoigu, sergu",
        "aleksej, aleksandr",
        "chernov, chertov",
        "zhukov, zubkov",
        "yuriy, yakov",
        "ivanov, ivanova",
    })
    void twoNamesTwoKeys(String a, String b) {
        assertThat(RussianRomanization.key(a)).isNotEqualTo(RussianRomanization.key(b));
    }

    @ParameterizedTest(name = "{0} has no key")
    @CsvSource({"ivo", "li", "o'neil", "ab1c"})
    void shortOrOddWordsHaveNoKey(String w) {
        assertThat(RussianRomanization.key(w)).isEmpty();
    }
}
