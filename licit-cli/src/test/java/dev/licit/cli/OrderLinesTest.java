package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLinesTest {
    static List<String> read(String text) {
        List<String> got = new ArrayList<>();
        new OrderLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(o -> got.add(o.source() + ":" + o.line() + ":" + o.text()));
        return got;
    }

    @Test
    void blankLinesAreSkippedButCountedSoEachOrderKeepsItsLineNumber() {
        assertThat(read("{\"a\":1}\n\n   \n{\"b\":\"华为\"}\r\n\t\n{\"c\":3}"))
                .containsExactly("-:1:{\"a\":1}", "-:4:{\"b\":\"华为\"}", "-:6:{\"c\":3}");
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }
}
