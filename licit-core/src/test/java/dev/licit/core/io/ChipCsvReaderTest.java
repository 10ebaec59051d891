package dev.licit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.chip.Precision;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChipCsvReaderTest {
    @Test
    void rowsKnowTheirLinesEvenAfterAMultiLineField() {
        String csv = "vendor,model,datacenter,fp8_tflops,dense_note\r\n"
                + "A,One,true,100,\"a note\nover two lines\"\r\n"
                + "B,Two,false,,plain\r\n"
                + "C,Three,,300,\n";
        List<ChipCsvReader.Row> rows = ChipCsvReader.read("x.csv", new StringReader(csv));
        assertThat(rows).extracting(ChipCsvReader.Row::line).containsExactly(2, 4, 5);
        assertThat(rows.get(0).chip().dense()).containsEntry(Precision.FP8, 100.0);
        assertThat(rows.get(1).chip().dense()).isEmpty();
        assertThat(rows.get(2).chip().datacenter()).isNull();
    }

    @Test
    void badCellsNameFileLineAndColumn() {
        assertThatThrownBy(() -> ChipCsvReader.read("x.csv", new StringReader("model,datacenter\nA,maybe\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("x.csv:2: column datacenter: \"maybe\" is not true or false");
        assertThatThrownBy(() -> ChipCsvReader.read("x.csv", new StringReader("model,fp8_tflops\nA,1\nB,-3\n")))
                .hasMessageContaining("x.csv:3: column fp8_tflops");
        assertThatThrownBy(() -> ChipCsvReader.read("x.csv", new StringReader("vendor,name\nA,B\n")))
                .hasMessageContaining("column 'model' is missing");
        assertThatThrownBy(() -> ChipCsvReader.read("x.csv", new StringReader("model\n")))
                .hasMessageContaining("no chip rows");
    }
}
