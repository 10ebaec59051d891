package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 6: the engine's sentences about a rule ("what would change this", "cannot decide
 * ...") put the rule's title in {@code {rule}}; in Korean that title is the rule's Korean one,
 * {@code title.<English title>} in data/i18n/rules.ko.yaml (keyed by the English title, since a rule's
 * dated versions may differ in title; a rule without a title is named by its id). Every rule in rules/
 * and in the shipped overlays has one (and so has each 50 % rule the setting {@code ownershipRules} names),
 * and no Korean title is left for a rule that no longer exists.
 */
class RuleTitlesTest {

    private static JsonNode korean() throws Exception {
        try (InputStream in = RuleTitlesTest.class.getResourceAsStream("/licit/data/i18n/rules.ko.yaml")) {
            return Json.YAML.readTree(in);
        }
    }

    /** The title (or id) of every rule version in the YAML files under {@code dir}. */
    private static Set<String> titles(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Path f : files) {
            JsonNode doc = Json.YAML.readTree(f.toFile());
            for (JsonNode r : doc.path("rules")) {
                out.add(
                        r.hasNonNull("title")
                                ? r.get("title").asText()
                                : r.get("id").asText());
                // the 50 % rules a setting names have titles of their own, shown beside a party's ownership
                if ("ownershipRules".equals(r.path("id").asText())) {
                    r.path("value").forEach(o -> {
                        if (o.hasNonNull("title")) {
                            out.add(o.get("title").asText());
                        }
                    });
                }
            }
        }
        return out;
    }

    private static Set<String> allTitles() throws Exception {
        Set<String> all = new LinkedHashSet<>(titles(Path.of("..", "rules")));
        all.addAll(titles(Path.of("..", "overlays")));
        return all;
    }

    @Test
    void everyRuleHasAKoreanTitle() throws Exception {
        JsonNode ko = korean();
        Set<String> all = allTitles();
        assertThat(all).hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        for (String title : all) {
            JsonNode t = ko.get("title." + title);
            if (t == null || !t.isTextual() || !t.asText().matches(".*[\\uac00-\\ud7a3].*")) {
                missing.add(title);
            }
        }
        assertThat(missing)
                .as("rules without a Korean title (title.<English title> in rules.ko.yaml)")
                .isEmpty();
    }

    @Test
    void noKoreanTitleIsLeftForARuleThatIsGone() throws Exception {
        Set<String> all = allTitles();
        List<String> orphans = new ArrayList<>();
        korean().properties().forEach(e -> {
            if (e.getKey().startsWith("title.") && !all.contains(e.getKey().substring("title.".length()))) {
                orphans.add(e.getKey());
            }
        });
        assertThat(orphans)
                .as("Korean titles of no rule in rules/ or overlays/")
                .isEmpty();
    }
}
