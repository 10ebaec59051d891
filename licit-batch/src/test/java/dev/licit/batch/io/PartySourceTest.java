package dev.licit.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartySourceTest {
    @TempDir
    Path dir;

    private List<PartyRecord> read(String text) throws IOException {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        List<PartyRecord> out = new ArrayList<>();
        try (PartySource s = PartySource.open(f)) {
            PartyRecord p;
            while ((p = s.next()) != null) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void reads_quoted_fields_columns_in_any_order_and_keeps_the_line_of_each_row() throws IOException {
        List<PartyRecord> rows = read("\uFEFFcountry,Name,id,extra\r\nCN,\"Huawei Technologies Co., Ltd.\",1,x\r\n\r\n"
                + "RU,\"ООО \"\"Вектор\"\"\",2,y\nUS,\"two\nlines\",3,z\n");
        assertThat(rows)
                .containsExactly(
                        new PartyRecord(2, "1", "Huawei Technologies Co., Ltd.", "CN", ""),
                        new PartyRecord(4, "2", "ООО \"Вектор\"", "RU", ""),
                        new PartyRecord(5, "3", "two\nlines", "US", ""));
    }

    @Test
    void refuses_a_header_without_the_required_columns_naming_them() {
        assertThatThrownBy(() -> read("id,company\n1,Acme\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p.csv:1:")
                .hasMessageContaining("name, country");
    }

    @Test
    void refuses_an_unclosed_quote_naming_the_line_it_opened_on() {
        assertThatThrownBy(() -> read("id,name,country\n1,Acme,US\n2,\"Broken,US\n3,Other,US\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p.csv:3:")
                .hasMessageContaining("not closed");
    }

    @Test
    void refuses_text_that_is_not_utf8() throws IOException {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "id,name,country\n1,M\u00fcller GmbH,DE\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> {
                    try (PartySource s = PartySource.open(f)) {
                        while (s.next() != null) {
                            // read to the end
                        }
                    }
                })
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void one_line_read_on_its_own_gives_the_same_party_as_the_streaming_reader() throws IOException {
        Columns columns = PartyLine.header("p.csv", "id,name,country,address");
        assertThat(PartyLine.parse("p.csv", 7, "9,\"Acme, Inc.\",US,\"1 Main St, Springfield\"", columns))
                .isEqualTo(new PartyRecord(7, "9", "Acme, Inc.", "US", "1 Main St, Springfield"));
        assertThat(read("id,name,country,address\n9,\"Acme, Inc.\",US,\"1 Main St, Springfield\"\n"))
                .containsExactly(new PartyRecord(2, "9", "Acme, Inc.", "US", "1 Main St, Springfield"));
    }
}
