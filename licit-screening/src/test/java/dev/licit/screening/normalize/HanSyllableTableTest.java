package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code han-syllables.txt} is what ICU's Han-Latin reads each Han character as, and nothing else: the
 * file is made here from ICU, every character of the Han script asked alone, and compared whole (its
 * header names the ICU version). When they differ the test writes the file as it should be under
 * {@code target/} and fails saying where to copy it from.
 */
class HanSyllableTableTest {
    @TempDir
    Path dir;

    @Test
    void theRecordedSyllablesAreWhatIcuReadsOfEveryHanCharacter() throws Exception {
        String expected = fromIcu();
        String shipped;
        try (InputStream in = Transliteration.class.getResourceAsStream(Transliteration.HanSyllables.Recorded.FILE)) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(expected)) {
            Path made = Path.of("target", Transliteration.HanSyllables.Recorded.FILE);
            Files.writeString(made, expected);
            assertThat(shipped)
                    .as(
                            "copy %s to src/main/resources/dev/licit/screening/normalize/%s",
                            made.toAbsolutePath(), Transliteration.HanSyllables.Recorded.FILE)
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyHanCharacterReadsFromTheFileAsIcuReadsItAlone() {
        int recorded = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String icu = Transliteration.icu("h:", Character.toString(c)).replace(" ", "");
            String fromFile = Transliteration.HanSyllables.Recorded.syllable(c);
            if (fromFile != null) {
                recorded++;
                assertThat(fromFile).as("U+%04X", c).isEqualTo(icu);
            } else {
                // left out only when ICU leaves it as it is
                assertThat(icu).as("U+%04X", c).isEqualTo(Character.toString(c));
            }
        }
        assertThat(recorded).isGreaterThan(20_000);
    }

    @Test
    void chineseNamesAreReadWithoutBuildingIcusHanLatin() throws Exception {
        java.util.List<String> lines = NewJvm.run(dir, HanRead.class, "华为技术有限公司", "中芯国际集成电路制造（上海）有限公司", "北京市海淀区");
        assertThat(lines).last().isEqualTo("han-latin built: false");
        // each name was read into Latin: the first name's syllables, in the words Normalizer makes of them
        assertThat(String.join(" ", lines).replace(" ", ""))
                .contains("huawei")
                .contains("zhongxin")
                .contains("beijing");
    }

    /** The file as ICU makes it: a line per reading, its characters in code point order. */
    static String fromIcu() {
        Map<String, StringBuilder> byReading = new TreeMap<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String alone = Character.toString(c);
            String reading = Transliteration.icu("h:", alone).replace(" ", "");
            if (!reading.equals(alone)) {
                byReading.computeIfAbsent(reading, r -> new StringBuilder()).appendCodePoint(c);
            }
        }
        StringBuilder file = new StringBuilder();
        file.append("# What ICU4J ")
                .append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
                .append("'s \"Han-Latin; Latin-ASCII\" reads each Han character as when given it alone (spaces\n")
                .append("# removed): a line per reading, a tab, the characters read so in code point order. ICU's\n")
                .append("# Han-Latin rules come from CLDR's transforms (Unicode License v3). Made from ICU by\n")
                .append("# HanSyllableTableTest, which fails and writes the file anew under target/ when ICU reads\n")
                .append("# any character otherwise; Han characters that ICU leaves as they are are not listed.\n");
        byReading.forEach((reading, chars) ->
                file.append(reading).append('\t').append(chars).append('\n'));
        return file.toString();
    }
}
