package dev.licit.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StoreJsonTest {
    @Test
    void theOneLineFormIsWhatWritingBackTheParsedTreeGave() throws Exception {
        String pretty = Json.PRETTY.writeValueAsString(Json.PRETTY.readTree("""
                {"decisionId": "D-1", "orderId": null, "tpp": 15832.0, "density": 19.45, "tiny": 1.0E-7, "huge": 1e300,
                 "count": 8, "big": 12345678901234567890123, "neg": -0.0, "text": "Ürümqi \\"quoted\\"\\n\\t/ 华为 \\u0001",
                 "empty": [], "none": {}, "items": [{"reasons": [{"ruleId": "r", "reliability": "S"}]}, [1, 2.5, true, false]]}
                """));
        assertThat(pretty).contains("\n");
        ObjectMapper tree = Json.COMPACT;
        String line = StoreJson.line(pretty);
        assertThat(line).isEqualTo(tree.writeValueAsString(tree.readTree(pretty)));
        assertThat(line).doesNotContain("\n").startsWith("{\"decisionId\":\"D-1\",\"orderId\":null,\"tpp\":15832.0,");
        StringWriter out = new StringWriter();
        out.write("before ");
        StoreJson.writeLine(out, pretty);
        out.write(" after");
        assertThat(out.toString()).isEqualTo("before " + line + " after");
    }
}
