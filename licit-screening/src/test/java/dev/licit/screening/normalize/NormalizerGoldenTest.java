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

/**
 * {@link Normalizer} reads the labelled names, generated names and arbitrary text as recorded in
 * {@code golden/readings.tsv}; its fast ASCII folding agrees with ICU's; its word cache gives the
 * words it would compute afresh.
 */
class NormalizerGoldenTest {
    private static final long NAMES_SEED = 1201;
    private static final long TEXT_SEED = 1202;

    /** One name and its readings, each word as surface, key, kind, origin, phonetic, zh and ko keys. */
    record Readings(String input, List<Reading> readings) {}

    record Reading(String reading, List<List<String>> tokens) {}

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(40);
    }

    @Example
    void everyAsciiCharacterFoldsAsIcuFoldsIt() {
        for (char c = 0; c < 128; c++) {
            for (String s : new String[] {String.valueOf(c), "A" + c + "b", c + " X", "x " + c, c + "" + c}) {
                assertThat(Normalizer.fold(s))
                        .as("U+%04X in \"%s\"", (int) c, s)
                        .isEqualTo(Normalizer.foldWithIcu(s));
            }
        }
    }

    @Property(tries = 500)
    void asciiFoldsAsIcuFoldsIt(@ForAll("ascii") String s) {
        assertThat(Normalizer.fold(s)).isEqualTo(Normalizer.foldWithIcu(s));
    }

    @Example
    void namesReadAsRecorded() {
        List<Case> cases = new ArrayList<>();
        List<String> names = TestNames.evalNames();
        List<String> keys = TestNames.evalKeys();
        for (int i = 0; i < names.size(); i++) {
            cases.add(Case.of(keys.get(i), readings(names.get(i))));
        }
        List<String> generated = TestNames.sample(TestNames.names(), NAMES_SEED, 1000);
        for (int i = 0; i < generated.size(); i++) {
            cases.add(Case.of(String.format("names seed %d #%04d", NAMES_SEED, i), readings(generated.get(i))));
        }
        // any text: letters, marks, symbols and controls of every script
        List<String> text = TestNames.sample(Arbitraries.strings().ofMaxLength(30), TEXT_SEED, 300);
        for (int i = 0; i < text.size(); i++) {
            cases.add(Case.of(String.format("text seed %d #%04d", TEXT_SEED, i), readings(text.get(i))));
        }
        GoldenBaseline.check("readings.tsv", cases);
    }

    @Example
    void cachedWordsAreTheWordsComputedAfresh() {
        List<Case> cases = new ArrayList<>();
        for (String w : new String[] {"huawei", "technologies", "co", "ltd", "1st", "42", "a", "hangzhou", "qinghua"}) {
            for (String origin : new String[] {"latin", "han", "hangul", "confusable"}) {
                Token first = Normalizer.token(w, origin);
                assertThat(Normalizer.token(w, origin)).isEqualTo(first);
                cases.add(Case.of("word " + w + " from " + origin, tokenFields(first)));
            }
        }
        GoldenBaseline.check("words.tsv", cases);
    }

    static Readings readings(String name) {
        List<Reading> out = new ArrayList<>();
        for (NormalizedName n : Normalizer.readings(name)) {
            out.add(new Reading(
                    n.reading(),
                    n.tokens().stream().map(NormalizerGoldenTest::tokenFields).toList()));
        }
        return new Readings(name, out);
    }

    private static List<String> tokenFields(Token t) {
        return List.of(t.surface(), t.key(), t.kind().name(), t.origin(), t.phonetic(), t.zhKey(), t.koKey());
    }
}
