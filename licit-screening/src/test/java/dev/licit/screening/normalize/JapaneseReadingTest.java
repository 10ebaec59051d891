package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.GoldenBaseline;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of kanji refused before Kuromoji sees it ({@link JapaneseReading#holdsUnknownLetter}) is one
 * Kuromoji would refuse too: the table of the dictionary's units is the dictionary's (made again
 * from the jar here), and on every run of Han letters of the development set, and on runs mixing
 * dictionary kanji with others, the reading with the early refusal equals Kuromoji's own.
 */
class JapaneseReadingTest {
    private static final Path TABLE =
            Path.of("src/main/resources/dev/licit/screening/normalize", JapaneseReading.DICTIONARY_UNITS_TABLE);
    private static final Path DEVSET = Path.of("src/test/resources/eval/devset.csv");
    private static final int RANGES_PER_LINE = 10;

    @Test
    void theTableHoldsTheUnitsOfEveryWordOfTheDictionaryInTheJar() throws IOException {
        String made = table(dictionaryUnits());
        if (GoldenBaseline.rebaselining()) {
            Files.writeString(TABLE, made, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
                .as(
                        "%s differs from the dictionary of the Kuromoji jar: record it again with"
                                + " -Dlicit.rebaseline=true and review the diff",
                        TABLE)
                .isEqualTo(made);
        assertThat(JapaneseReading.parse(Lexicon.resourceLines(JapaneseReading.DICTIONARY_UNITS_TABLE)))
                .isEqualTo(dictionaryUnits());
    }

    @Test
    void aRunRefusedEarlyIsOneKuromojiRefuses() throws IOException {
        List<String> runs = new ArrayList<>(hanRuns());
        assertThat(runs).hasSizeGreaterThan(100);
        // dictionary kanji with one that is not, anywhere in the run (seeded: the same runs every build)
        BitSet units = dictionaryUnits();
        Random random = new Random(1203);
        for (int i = 0; i < 400; i++) {
            StringBuilder run = new StringBuilder();
            int length = 2 + random.nextInt(7);
            int unknownAt = random.nextInt(length);
            while (run.length() < length) {
                char c = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                if (units.get(c) != (run.length() != unknownAt)) {
                    continue;
                }
                run.append(c);
            }
            runs.add(run.toString());
        }
        int refused = 0;
        for (String run : runs) {
            if (JapaneseReading.holdsUnknownLetter(run)) {
                refused++;
                assertThat(JapaneseReading.analyse(run)).as(run).isEmpty();
            }
            assertThat(JapaneseReading.read(run)).as(run).isEqualTo(JapaneseReading.analyse(run));
        }
        assertThat(refused).as("runs refused early").isGreaterThan(400).isLessThan(runs.size());
        assertThat(JapaneseReading.holdsUnknownLetter("佐藤")).isFalse();
        assertThat(JapaneseReading.holdsUnknownLetter("华为")).isTrue();
        // punctuation Kuromoji drops is no reason to refuse
        assertThat(JapaneseReading.holdsUnknownLetter("佐藤〽")).isFalse();
    }

    @Test
    void aSimplifiedChineseNameDoesNotReadTheDictionaries(@TempDir Path dir) throws Exception {
        assertThat(NewJvm.run(dir, Read.class, "华为技术有限公司", "中芯国际集成电路制造有限公司", "海康威视", "Toshiba"))
                .contains("dictionary read: false");
        assertThat(NewJvm.run(dir, Read.class, "华为技术有限公司", "東芝")).contains("dictionary read: true");
    }

    /** Reads each argument as a name, then says whether Kuromoji's dictionaries were read. */
    static final class Read {
        public static void main(String[] args) {
            for (String name : args) {
                System.out.println(name + ": " + Normalizer.readings(name).size() + " reading(s)");
            }
            System.out.println("dictionary read: " + JapaneseReading.dictionaryRead());
        }
    }

    /** Every UTF-16 unit of every word of the IPADIC dictionary that Kuromoji reads. */
    private static BitSet dictionaryUnits() throws IOException {
        BitSet units = new BitSet(Character.MAX_VALUE + 1);
        try (InputStream in = new BufferedInputStream(TokenInfoDictionary.class.getResourceAsStream(
                TokenInfoDictionary.class.getSimpleName() + TokenInfoDictionary.FST_FILENAME_SUFFIX))) {
            InputStreamDataInput data = new InputStreamDataInput(in);
            FST<Long> fst = new FST<>(FST.readMetadata(data, PositiveIntOutputs.getSingleton()), data);
            IntsRefFSTEnum<Long> words = new IntsRefFSTEnum<>(fst);
            IntsRefFSTEnum.InputOutput<Long> word;
            while ((word = words.next()) != null) {
                IntsRef input = word.input;
                for (int i = 0; i < input.length; i++) {
                    units.set(input.ints[input.offset + i]);
                }
            }
        }
        return units;
    }

    private static String table(BitSet units) {
        StringBuilder out = new StringBuilder();
        out.append("# The UTF-16 units that the words of Kuromoji's IPADIC dictionary are made of, in hexadecimal,\n")
                .append(
                        "# single or as ranges: a run of kanji holding a letter outside them is one Kuromoji cannot read\n")
                .append(
                        "# (JapaneseReading.holdsUnknownLetter). Made from TokenInfoDictionary$fst.dat in lucene-analysis-\n")
                .append("# kuromoji ")
                .append(org.apache.lucene.util.Version.LATEST)
                .append(" (Apache License 2.0; the dictionary is mecab-ipadic-2.7.0-20070801, whose NAIST\n")
                .append(
                        "# licence, in that jar's META-INF/NOTICE.txt, allows redistribution) by JapaneseReadingTest,\n")
                .append("# which fails when the jar's dictionary holds other units: record it again with\n")
                .append("# -Dlicit.rebaseline=true.\n");
        int onLine = 0;
        for (int from = units.nextSetBit(0); from >= 0; from = units.nextSetBit(from + 1)) {
            int to = units.nextClearBit(from) - 1;
            out.append(onLine == 0 ? "" : " ").append(String.format("%04x", from));
            if (to > from) {
                out.append('-').append(String.format("%04x", to));
            }
            if (++onLine == RANGES_PER_LINE) {
                out.append('\n');
                onLine = 0;
            }
            from = to;
        }
        if (onLine > 0) {
            out.append('\n');
        }
        return out.toString();
    }

    /** The runs of Han letters (and kana) in the development set's names that are short enough to be read. */
    private static Set<String> hanRuns() throws IOException {
        Set<String> runs = new LinkedHashSet<>();
        for (String line : Files.readAllLines(DEVSET, StandardCharsets.UTF_8)) {
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= line.length(); i++) {
                char c = i < line.length() ? line.charAt(i) : ',';
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    run.append(c);
                } else {
                    if (run.length() >= 2 && run.length() <= JapaneseReading.LONGEST_NAME) {
                        runs.add(run.toString());
                    }
                    run.setLength(0);
                }
            }
        }
        return runs;
    }
}
