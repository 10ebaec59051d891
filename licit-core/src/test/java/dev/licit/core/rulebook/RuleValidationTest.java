package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.Resources;
import dev.licit.core.io.RulebookLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file is refused with a message that names the file, the line and the entry. */
class RuleValidationTest {
    @TempDir
    Path tmp;

    /** A copy of the shipped rulebook to break. */
    private Path copy() throws IOException {
        Path src = Resources.directory("/licit/rules");
        Path dst = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dst;
    }

    private List<Problem> problemsAfter(String file, String from, String to) throws IOException {
        Path dir = copy();
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
        return RulebookLoader.read(dir, List.of()).problems();
    }

    @Test
    void theShippedRulebookIsValid() {
        assertThat(RulebookLoader.read(null, List.of()).problems()).isEmpty();
    }

    @Test
    void conditionThatDoesNotParseIsNamed() throws IOException {
        List<Problem> p = problemsAfter("classification/3a090-2023.yaml", "when: \"tpp >= 4800\"", "when: \"tpp >= \"");
        assertThat(p).hasSize(1);
        assertThat(p.getFirst().toString())
                .contains("rules/classification/3a090-2023.yaml:")
                .contains("3A090.a.1")
                .contains("does not compile");
    }

    @Test
    void unknownFactIsNamed() throws IOException {
        List<Problem> p =
                problemsAfter("classification/3a090-2023.yaml", "when: \"tpp >= 4800\"", "when: \"tps >= 4800\"");
        assertThat(p.getFirst().toString()).contains("3A090.a.1").contains("undeclared reference to 'tps'");
    }

    @Test
    void overlappingVersionsAreRefused() throws IOException {
        List<Problem> p =
                problemsAfter("license/destination.yaml", "effectiveTo: 2024-04-03", "effectiveTo: 2024-04-10");
        assertThat(p)
                .anyMatch(x ->
                        x.ruleId().equals("rs-742.6-a6-iii-d1d4") && x.message().contains("overlaps"));
    }

    @Test
    void gapsBetweenVersionsAreRefused() throws IOException {
        List<Problem> p =
                problemsAfter("license/destination.yaml", "effectiveTo: 2024-04-03", "effectiveTo: 2024-03-30");
        assertThat(p)
                .anyMatch(x -> x.ruleId().equals("rs-742.6-a6-iii-d1d4")
                        && x.message().contains("leaves a gap")
                        && x.message().contains("2024-03-31 to 2024-04-03"));
    }

    @Test
    void classificationMustCoverEveryDate() throws IOException {
        List<Problem> p =
                problemsAfter("classification/3a090-2022.yaml", "effectiveTo: 2023-11-16", "effectiveTo: 2023-11-10");
        assertThat(p).anyMatch(x -> x.message().contains("no classify entry for chip items in force on 2023-11-11"));
    }

    @Test
    void schemaErrorsNameTheField() throws IOException {
        assertThat(problemsAfter(
                        "license/embargo.yaml",
                        "reliability: P\n    note: \"regulation-verified",
                        "reliability: X\n    note: \"regulation-verified"))
                .anyMatch(x ->
                        x.ruleId().equals("embargo-cuba-746.2") && x.message().contains("not one of P, S, N, I"));
        assertThat(problemsAfter(
                        "license/embargo.yaml",
                        "effectiveFrom: 2022-10-07\n    when: \"dest == 'CU'\"",
                        "effectiveFrom: 2022-13-07\n    when: \"dest == 'CU'\""))
                .anyMatch(x -> x.message().contains("not an ISO date"));
        assertThat(problemsAfter("license/embargo.yaml", "    citation: \"15 CFR 746.2(a), (b)\"\n", ""))
                .anyMatch(x ->
                        x.ruleId().equals("embargo-cuba-746.2") && x.message().contains("missing 'citation'"));
        assertThat(problemsAfter("license/embargo.yaml", "    title: \"Cuba embargo", "    titel: \"Cuba embargo"))
                .anyMatch(x -> x.message().contains("unknown field 'titel'"));
        assertThat(problemsAfter(
                        "license/destination.yaml",
                        "overcomeBy: [NAC]\n    summary: \"{eccn} to {dest} (Country Group D:5",
                        "overcomeBy: [NACK]\n    summary: \"{eccn} to {dest} (Country Group D:5"))
                .anyMatch(x -> x.message().contains("'NACK'"));
    }

    @Test
    void aBadVerdictOrReviewPolicyIsRefusedAtLoadWithTheAllowedValues() throws IOException {
        List<Problem> verdict = problemsAfter(
                "license/destination.yaml",
                "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}",
                "then: {verdict: LICENCE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}");
        assertThat(verdict)
                .anyMatch(x -> x.toString().startsWith("rules/license/destination.yaml:")
                        && x.ruleId() != null
                        && x.message().contains("'LICENCE_REQUIRED'")
                        && x.message().contains("one of PROHIBITED, HOLD, LICENSE_REQUIRED"));
        // a verdict of another kind: an exception's verdict on a require entry
        assertThat(problemsAfter(
                        "license/destination.yaml",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}",
                        "then: {verdict: LICENSE_EXCEPTION, reviewPolicy: PRESUMPTION_OF_DENIAL}"))
                .anyMatch(x ->
                        x.message().contains("a require entry's verdict is one of PROHIBITED, HOLD, LICENSE_REQUIRED"));
        assertThat(problemsAfter(
                        "license/destination.yaml",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: DENIAL}"))
                .anyMatch(x -> x.message().contains("'DENIAL'")
                        && x.message().contains("one of PRESUMPTION_OF_DENIAL, CASE_BY_CASE, PRESUMPTION_OF_APPROVAL"));
    }

    @Test
    void aFieldItsKindDoesNotUseIsRefused() throws IOException {
        assertThat(problemsAfter(
                        "license/destination.yaml",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}",
                        "priority: 3\n    then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}"))
                .anyMatch(x -> x.toString().startsWith("rules/license/destination.yaml:")
                        && x.message().contains("a require entry has no 'priority'"));
        assertThat(problemsAfter(
                        "license/destination.yaml",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL}",
                        "then: {verdict: LICENSE_REQUIRED, reviewPolicy: PRESUMPTION_OF_DENIAL, eccn: 3A090}"))
                .anyMatch(x -> x.message().contains("a require entry has no 'then.eccn'"));
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        List<Problem> p = problemsAfter("license/embargo.yaml", "rules:\n", "rules:\n  - id: [unclosed\n");
        assertThat(p.getFirst().file()).isEqualTo("rules/license/embargo.yaml");
        assertThat(p.getFirst().line()).isPositive();
    }

    @Test
    void loadRefusesABrokenRulebookWhole() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("license/extra.yaml"), "rules:\n  - id: x\n    kind: require\n");
        assertThatThrownBy(() -> RulebookLoader.load(dir, List.of()))
                .isInstanceOf(RulebookException.class)
                .hasMessageContaining("rules/license/extra.yaml:2: rule 'x': missing 'effectiveFrom'");
    }

    @Test
    void aProposedRulebookMayMoveACountryBetweenGroups() throws IOException {
        Path dir = copy();
        Path countries = Resources.directory("/licit/data").resolve("countries").resolve("countries.yaml");
        String text = Files.readString(countries);
        // propose: India joins D:1 (it is A:5 today)
        String moved = text.replace(
                "name: \"India\"\n    groups:\n",
                "name: \"India\"\n    groups:\n      - {group: \"D:1\", from: 2025-01-01, source: c1, reliability: I}\n");
        assertThat(moved).isNotEqualTo(text);
        Files.writeString(dir.resolve("countries.yaml"), moved);
        assertThat(RulebookLoader.read(dir, List.of()).problems()).isEmpty();
        Rulebook proposed = RulebookLoader.load(dir, List.of());
        assertThat(proposed.countries().groupsOn("IN", java.time.LocalDate.parse("2025-06-01")))
                .contains("D:1", "A:5");
        assertThat(proposed.versionStarts()).contains(java.time.LocalDate.parse("2025-01-01"));
        Files.writeString(dir.resolve("countries.yaml"), "countries: [{code: \"india\"}]\n");
        assertThat(RulebookLoader.read(dir, List.of()).problems())
                .anyMatch(p -> p.message().contains("two upper-case letters"));
    }
}
