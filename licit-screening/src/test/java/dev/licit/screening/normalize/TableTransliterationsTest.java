package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcuts that keep ICU's transliterators out of a process whose names are plain Latin: ASCII
 * is left as it is without asking Latin-ASCII, and the tables' own non-ASCII words are read from
 * {@code table-transliterations.txt}, which must hold exactly what ICU makes of them.
 */
class TableTransliterationsTest {
    @TempDir
    Path dir;

    @Test
    void latinAsciiLeavesEveryAsciiCharacterAsItIs() {
        for (char c = 0; c < 0x80; c++) {
            String s = String.valueOf(c);
            assertThat(Transliteration.icu("l:", s)).as("U+%04X", (int) c).isEqualTo(s);
            assertThat(Transliteration.icu("l:", "a" + s + "Z"))
                    .as("U+%04X inside", (int) c)
                    .isEqualTo("a" + s + "Z");
        }
        assertThat(Transliteration.ascii("Société")).isEqualTo("Societe"); // and does change what is not ASCII
    }

    @Property(tries = 300)
    void latinAsciiLeavesAnyAsciiTextAsItIs(@ForAll @CharRange(from = 0, to = 0x7f) @StringLength(max = 40) String s) {
        assertThat(Transliteration.icu("l:", s)).isEqualTo(s);
        assertThat(Transliteration.ascii(s)).isSameAs(s);
    }

    @Test
    void everyRecordedTransliterationIsWhatIcuMakesOfIt() {
        Map<String, String> recorded = Transliteration.recorded();
        assertThat(recorded).hasSizeGreaterThan(10);
        recorded.forEach((key, value) -> assertThat(Transliteration.icu(key.substring(0, 2), key.substring(2)))
                .as(key)
                .isEqualTo(value));
    }

    @Test
    void readingTheTablesAsksIcuForNothing() throws Exception {
        List<String> missing = NewJvm.run(dir, TablesRead.class);
        StringBuilder lines = new StringBuilder();
        for (String key : missing) {
            lines.append(key)
                    .append('\t')
                    .append(Transliteration.icu(key.substring(0, 2), key.substring(2)))
                    .append('\n');
        }
        Path toAdd = Path.of("target", "table-transliterations.missing.txt");
        if (!missing.isEmpty()) {
            Files.writeString(toAdd, lines);
        }
        assertThat(missing)
                .as(
                        "add the lines of %s to src/main/resources/dev/licit/screening/normalize/%s:%n%s",
                        toAdd.toAbsolutePath(), Transliteration.RECORDED_FILE, lines)
                .isEmpty();
    }
}
