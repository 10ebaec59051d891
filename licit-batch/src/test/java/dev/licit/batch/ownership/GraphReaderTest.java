package dev.licit.batch.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.InputException;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte reader gives the graph the String reader gives (OwnershipCsv line by line into the builder):
 * the same nodes under the same ids, names and keys, the same links and shares, the same counts, for
 * plain lines (read from bytes) and every kind of line that is not (quotes, punctuation, other scripts,
 * ranges, years and months for dates, the 29th to 31st, CRLF, blank lines, no final line break), and
 * the same refusal with the file and line.
 */
class GraphReaderTest {
    static final String HEADER = "\uFEFFowner,owned,percent,startDate,endDate,source\r\n";
    static final String LINES = "Huawei Technologies,Lotus Holdings,100,,,a\r\n"
            + "Lotus Holdings,Penang Edge Compute,60,2024-01-01,,a\r\n"
            + "\"HUAWEI TECHNOLOGIES\",\"Penang Edge Compute\",\"5\",,,\"b, c\"\n"
            + "\"Huawei Technologies Co., Ltd.\",Nanjing Unit,25.5,2020,2030-12,b\n"
            + "HUAWEI TECHNOLOGIES CO LTD,Nanjing Unit,30,,,c\n"
            + "Siemens AG,Müller Technik GmbH,20-30 %,,,d\n"
            + "Müller Technik GmbH,Nanjing Unit,,,,d\n"
            + "\n"
            + "   \n"
            + "Old Owner,Penang Edge Compute,40,,2024-12-31,e\n"
            + "Future Owner,Penang Edge Compute,40,2027-01-01,,e\n"
            + "Lotus Holdings,Lotus Holdings,10,,,f\n"
            + "lotus holdings,Nanjing Unit,49.99,2026-12-06,2026-12-06,g\n"
            + "Alpha  Beta,Nanjing Unit,0.000000001,,,h\n"
            + "Nanjing Unit,Huawei Technologies,1,,,i";

    @TempDir
    Path dir;

    /** The String reader: each line through OwnershipCsv.edge into the builder, as Spark's executors read. */
    static CompactGraph byStrings(Path file, LocalDate date) throws Exception {
        CompactGraph.Builder b = new CompactGraph.Builder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            OwnershipCsv columns = OwnershipCsv.header(file.toString(), r.readLine());
            String line;
            long n = 1;
            while ((line = r.readLine()) != null) {
                EdgeLine e = columns.edge(file.toString(), ++n, line, date);
                if (e != null) {
                    b.add(e);
                }
            }
        }
        return b.build();
    }

    static void assertSame(CompactGraph actual, CompactGraph expected) {
        assertThat(actual.nodes()).isEqualTo(expected.nodes());
        for (int i = 0; i < expected.nodes(); i++) {
            assertThat(actual.name(i)).isEqualTo(expected.name(i));
            assertThat(actual.key(i)).isEqualTo(expected.key(i));
            assertThat(actual.id(expected.key(i))).isEqualTo(i);
        }
        assertThat(actual.id("NO SUCH ENTITY")).isEqualTo(-1);
        assertThat(actual.ownersStart).isEqualTo(expected.ownersStart);
        assertThat(actual.ownerOf).isEqualTo(expected.ownerOf);
        assertThat(actual.ownerUnits).isEqualTo(expected.ownerUnits);
        assertThat(actual.holdingsStart).isEqualTo(expected.holdingsStart);
        assertThat(actual.holding).isEqualTo(expected.holding);
        assertThat(actual.selfLinks()).isEqualTo(expected.selfLinks());
        assertThat(actual.linksRead()).isEqualTo(expected.linksRead());
    }

    @Test
    void bytesAndStringsGiveTheSameGraphOnEveryDate() throws Exception {
        Path file = Files.writeString(dir.resolve("g.csv"), HEADER + LINES, StandardCharsets.UTF_8);
        for (String d : new String[] {"2019-06-01", "2024-06-01", "2026-12-06", "2026-12-07", "2031-01-01"}) {
            LocalDate date = LocalDate.parse(d);
            assertSame(GraphReader.read(file, date), byStrings(file, date));
        }
        assertSame(GraphReader.read(file, null), byStrings(file, null));
        CompactGraph g = GraphReader.read(file, LocalDate.parse("2026-12-06"));
        // the smallest spelling names a node met under several; a key made from bytes meets one made from a String
        assertThat(g.name(g.id("HUAWEI TECHNOLOGIES"))).isEqualTo("HUAWEI TECHNOLOGIES");
        assertThat(g.name(g.id("MÜLLER TECHNIK GMBH"))).isEqualTo("Müller Technik GmbH");
        assertThat(g.selfLinks()).isEqualTo(1);
    }

    @Test
    void aLineLongerThanTheBufferAndManyLinesAreRead() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 60_000; i++) {
            sb.append("Owner ")
                    .append(i % 997)
                    .append(",Owned ")
                    .append(i)
                    .append(",")
                    .append(i % 101)
                    .append(",,,s\n");
        }
        sb.append("A".repeat(5_000_000)).append(",B,50,,,s\n");
        Path file = Files.writeString(dir.resolve("big.csv"), sb.toString(), StandardCharsets.UTF_8);
        assertSame(
                GraphReader.read(file, LocalDate.parse("2026-12-06")), byStrings(file, LocalDate.parse("2026-12-06")));
    }

    @Test
    void aBadLineIsRefusedWithItsFileAndLineAsTheStringReaderRefusesIt() throws Exception {
        Path file =
                Files.writeString(dir.resolve("bad.csv"), HEADER + "A,B,50,,,s\nA,B,150,,,s\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GraphReader.read(file, LocalDate.parse("2026-12-06")))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":3: field 'percent': 150 is not a percentage from 0 to 100");
        Path fields = Files.writeString(dir.resolve("fields.csv"), HEADER + "A,B,50,,s\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GraphReader.read(fields, null))
                .hasMessage(fields + ":2: has 5 fields where the header has 6");
        Path date =
                Files.writeString(dir.resolve("date.csv"), HEADER + "A,B,50,2024-13-01,,s\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GraphReader.read(date, LocalDate.parse("2026-12-06")))
                .hasMessageContaining(date + ":2: field 'startDate'");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GraphReader.read(empty, null)).hasMessageContaining("the file is empty");
    }
}
