package dev.licit.screening.eval;

import static dev.licit.screening.eval.Comparisons.compare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Band;
import dev.licit.screening.NameComparison;
import dev.licit.screening.match.MatchKind;
import dev.licit.screening.match.TokenAlignment;
import dev.licit.screening.normalize.CantoneseReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hong Kong names written in Han characters against the lists' Latin spellings of them (issue 16).
 * The Latin names are the SDN's aliases of the Hong Kong officials designated under EO 13936 (program
 * HK-EO13936, {@code ofac-alt.csv}); the Han names are theirs as the Hong Kong government publishes
 * them (four of them confirmed by the SDN's own Pinyin aliases: ZENG Guowei, LIU Cihui, LI Guihua,
 * TAN Yaozong). The Pinyin reading of a Han name shares nothing with these spellings.
 */
class CantoneseNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "鄧炳強 | TANG, Ping-keung",
                "鄭若驊 | CHENG, Yeuk Wah",
                "盧偉聰 | LO, Wai-chung",
                "曾國衞 | TSANG, Kwok-wai",
                "林鄭月娥 | LAM CHENG, Yuet-ngor",
                "陳國基 | CHAN, Kwok-ki",
                "劉賜蕙 | LAU, Chi Wai",
                "李桂華 | LEE, Kwai-wah",
                "蔡展鵬 | CHOI, Chin-pang",
                "江學禮 | KONG, Hok Lai",
                "簡啟恩 | KAN, Kai Yan",
                "譚耀宗 | TAM, Yiu-chung",
                "李家超 | LEE, John Ka-chiu",
            })
    void aHongKongNameInHanCharactersIsItsListedSpelling(String han, String listed) {
        NameComparison.Result r = compare(han, listed);
        assertThat(r.band()).as(han + " / " + listed + " " + r.score()).isEqualTo(Band.MATCH);
        assertThat(r.explanation().reading()).isEqualTo("cantonese");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "陳國基 | CHAN, Eric", // the surname alone
                "陳國基 | TANG, Ping-keung",
                "林鄭月娥 | LAM, Kwok-wai",
                "李家超 | LEE, Ka-shing", // one given syllable differs
                "陳大文 | CHAN Siu-ming",
            })
    void anotherNameIsNot(String han, String listed) {
        assertThat(compare(han, listed).band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void aSpellingThatWritesAConsonantOtherwiseIsExplained() {
        TokenAlignment line = compare("曾國衞", "TSANG, Kwok-wai").explanation().alignment().stream()
                .filter(a -> a.listed().equals("tsang"))
                .findFirst()
                .orElseThrow();
        assertThat(line.how()).isEqualTo(MatchKind.ROMANISATION_YUE);
        assertThat(line.query()).isEqualTo("chang");
        assertThat(line.why()).isEqualTo("Cantonese syllables in two Hong Kong spellings: chang / tsang (key cang)");
    }

    @Test
    void theKeyMergesHongKongSpellingsOfOneSyllable() {
        for (String[] same : new String[][] {
            {"tsang", "chang", "jang", "zang"},
            {"kwok", "gwok"},
            {"ping", "bing"},
            {"wah", "wa"},
            {"ngor", "ngo", "ngoh"},
            {"hork", "hok"},
            {"kee", "ki"},
            {"shing", "sing"},
        }) {
            for (String s : same) {
                assertThat(CantoneseReading.key(s)).as(s).isEqualTo(CantoneseReading.key(same[0]));
            }
        }
        assertThat(CantoneseReading.key("lam")).isNotEqualTo(CantoneseReading.key("lau"));
        assertThat(CantoneseReading.key("kwok")).isNotEqualTo(CantoneseReading.key("kok"));
    }

    @Test
    void onlyNamesOfTwoToFourCharactersAreRead() {
        assertThat(CantoneseReading.read("陳")).isEmpty();
        assertThat(CantoneseReading.read("陳國基")).containsExactly("chan", "kwok", "ki");
        assertThat(CantoneseReading.read("中國移動通信")).isEmpty();
        assertThat(CantoneseReading.read("陳A基")).isEmpty();
    }
}
