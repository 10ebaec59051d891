package dev.licit.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.Shared;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.provenance.Reliability;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 7: an item outside 3A090/4A090 gets guidance about its own classification instead of
 * a bare "NONE", and the guidance names nothing the references do not.
 */
class ResidualClassificationTest {

    @Test
    void outsideTheEntriesTheGuidanceSaysNoneIsNotAClassificationAndOffersNoUncitedCandidate() {
        // Note 2: not datacenter and TPP under 4800 is outside; 4800 is inside (both sides)
        Classification out =
                ThresholdTest.classify(ThresholdTest.chip(4799.99, 10000.0, false, null), ThresholdTest.D2023);
        Classification in = ThresholdTest.classify(ThresholdTest.chip(4800, 10000.0, false, null), ThresholdTest.D2023);
        assertThat(out.eccn()).isEqualTo("NONE");
        assertThat(in.eccn()).startsWith("3A090");
        ResidualClassification r = ResidualClassification.of(out).orElseThrow();
        assertThat(r.summary()).contains("not the item's classification").contains("EAR99");
        assertThat(r.candidates()).isEmpty();
        assertThat(r.reliability()).isEqualTo(Reliability.I);
        assertThat(ResidualClassification.of(in)).isEmpty();
        assertThat(ResidualClassification.of(null)).isEmpty();

        JsonNode json = DecisionJson.classification(out, "2023-11-17");
        assertThat(json.get("eccn").asText()).isEqualTo("NONE");
        assertThat(json.path("residual").path("textKey").asText()).isEqualTo(ResidualClassification.TEXT_KEY);
        assertThat(json.path("residual").path("candidates").isArray()).isTrue();
        assertThat(DecisionJson.classification(in, "2023-11-17").has("residual"))
                .isFalse();
    }

    @Test
    void everyEccnAndCfrSectionTheGuidanceNamesIsInTheReferences() throws Exception {
        String refs = Files.readString(Shared.resolve("reference/regulation.md"))
                + Files.readString(Shared.resolve("reference/regulation-verified.md"))
                + Files.readString(Shared.resolve("reference/regulation-2026.md"));
        String text = ResidualClassification.SUMMARY + " " + ResidualClassification.CITATION;
        Matcher eccn = Pattern.compile("\\b[0-9][A-E][0-9]{3}\\b|EAR99").matcher(text);
        int seen = 0;
        while (eccn.find()) {
            assertThat(refs).as(eccn.group()).contains(eccn.group());
            seen++;
        }
        assertThat(seen).isGreaterThanOrEqualTo(6);
        Matcher section = Pattern.compile("746\\.[0-9]+|\\b774\\b").matcher(text);
        while (section.find()) {
            assertThat(refs).as(section.group()).contains(section.group());
        }
    }

    @Test
    void theKoreanTextExists() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/licit/data/i18n/rules.ko.yaml")) {
            JsonNode ko = dev.licit.core.json.Json.YAML.readTree(in);
            assertThat(ko.path(ResidualClassification.TEXT_KEY).asText())
                    .contains("EAR99")
                    .contains("3A991");
        }
    }
}
