package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.GoldenBaseline;
import dev.licit.screening.GoldenBaseline.Case;
import dev.licit.screening.TestNames;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The syllable split gives the keys recorded in {@code golden/chinese-keys.tsv}, and romanisations
 * of one name agree.
 */
class ChineseRomanizationTest {
    private static final long SYLLABLES_SEED = 1211;
    private static final long LETTERS_SEED = 1212;
    private static final String[] SYLLABLES = {
        "qing", "hua", "tsing", "hsin", "zhong", "guo", "kwang", "tung", "shen", "zhen", "ch'ing", "jiang", "xi", "an",
        "er", "wei", "ye", "yuan", "tian", "jin", "tien", "tsin", "sz", "tsz", "chuan", "ung", "o", "a", "e", "peking",
        "x"
    };

    @Provide
    Arbitrary<String> syllables() {
        return Arbitraries.of(SYLLABLES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(l -> String.join("", l).replace("'", ""));
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('1', '-', 'é')
                .ofMaxLength(45);
    }

    @Example
    void wordsGetTheRecordedKeys() {
        List<Case> cases = new ArrayList<>();
        List<String> runs = TestNames.sample(syllables(), SYLLABLES_SEED, 1000);
        for (int i = 0; i < runs.size(); i++) {
            cases.add(Case.of(
                    String.format("syllables seed %d #%04d", SYLLABLES_SEED, i),
                    List.of(runs.get(i), ChineseRomanization.key(runs.get(i)))));
        }
        List<String> words = TestNames.sample(letters(), LETTERS_SEED, 1000);
        for (int i = 0; i < words.size(); i++) {
            cases.add(Case.of(
                    String.format("letters seed %d #%04d", LETTERS_SEED, i),
                    List.of(words.get(i), ChineseRomanization.key(words.get(i)))));
        }
        GoldenBaseline.check("chinese-keys.tsv", cases);
    }

    @Property(tries = 500)
    void onlyFoldedLettersHaveAKey(@ForAll("letters") String w) {
        // keys are made for folded words a-z: anything else is not a romanisation and must not block
        // together with one
        String key = ChineseRomanization.key(w);
        if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            assertThat(key).isEmpty();
        }
        assertThat(key.isEmpty() || key.endsWith("|"))
                .as("a key is whole syllable keys: %s", key)
                .isTrue();
    }

    @Test
    void romanisationsAgree() {
        assertThat(ChineseRomanization.key("tsinghua"))
                .isEqualTo(ChineseRomanization.key("qinghua"))
                .isNotEmpty();
        assertThat(ChineseRomanization.key("peking")).isEqualTo(ChineseRomanization.key("beijing"));
        assertThat(ChineseRomanization.key("siemens")).isEmpty();
        assertThat(ChineseRomanization.key("hua".repeat(20))).isEmpty();
    }

    @Test
    void wadeGilesGivenNamesReadAsTheirPinyin() {
        // a split prefers syllables with an initial inside a word: quan + guo, not quang + uo
        assertThat(ChineseRomanization.key("chuankuo")).isEqualTo(ChineseRomanization.key("quanguo"));
        assertThat(ChineseRomanization.key("chihhang")).isEqualTo(ChineseRomanization.key("zhihang"));
        // Wade-Giles y-finals and j before ih, en, ui ...
        assertThat(ChineseRomanization.key("yenhsiung")).isEqualTo(ChineseRomanization.key("yanxiong"));
        assertThat(ChineseRomanization.key("yumin")).isEqualTo(ChineseRomanization.key("youmin"));
        assertThat(ChineseRomanization.key("yehming")).isEqualTo(ChineseRomanization.key("yeming"));
        assertThat(ChineseRomanization.key("hungjih")).isEqualTo(ChineseRomanization.key("hongri"));
        assertThat(ChineseRomanization.key("chiajui")).isEqualTo(ChineseRomanization.key("jiarui"));
        assertThat(ChineseRomanization.key("ssutung")).isEqualTo(ChineseRomanization.key("sidong"));
        // the near pairs stay apart: Pinyin j before i
        // is no r, ju may be Pinyin ju, Korean jong keeps its j
        assertThat(ChineseRomanization.key("jixin")).isNotEqualTo(ChineseRomanization.key("rixin"));
        assertThat(ChineseRomanization.key("jun")).isNotEqualTo(ChineseRomanization.key("run"));
        assertThat(ChineseRomanization.key("jong")).isEqualTo(ChineseRomanization.key("chong"));
        assertThat(ChineseRomanization.key("sutung")).isNotEqualTo(ChineseRomanization.key("sidong"));
    }

    @Example
    void syllablesAreCountedInWordsOfAnyLength() {
        assertThat(ChineseRomanization.syllables("xiaoming")).isEqualTo(2);
        assertThat(ChineseRomanization.syllables("ma")).isEqualTo(1);
        assertThat(ChineseRomanization.syllables("li")).isEqualTo(1);
        assertThat(ChineseRomanization.syllables("zhengyanming")).isEqualTo(3);
        assertThat(ChineseRomanization.syllables("siemens")).isZero();
        assertThat(ChineseRomanization.syllables("mx")).isZero();
        assertThat(ChineseRomanization.syllables("")).isZero();
    }

    @Example
    void aSyllableOfTwoLettersHasAKeyOnlyWhenAskedFor() {
        assertThat(ChineseRomanization.key("ze")).isEmpty(); // English has many words of two letters
        assertThat(ChineseRomanization.shortKey("ze")).isEqualTo(ChineseRomanization.key("tse"));
        assertThat(ChineseRomanization.shortKey("ri")).isEqualTo(ChineseRomanization.key("jih"));
        assertThat(ChineseRomanization.shortKey("an")).isEmpty(); // no initial: a syllable of its own only apart
        assertThat(ChineseRomanization.shortKey("xq")).isEmpty();
        assertThat(ChineseRomanization.shortKey("zhe")).isEmpty(); // three letters: key() is for it
    }
}
