package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.RulebookLoader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading a rulebook compiles each distinct condition once: validation and every version share the work. */
class PredicateCompilerMemoTest {
    private static final List<Rule> SHIPPED = RulebookLoader.read(null, List.of()).rules();

    private static Set<String> distinctConditions(List<Rule> rules) {
        Set<String> sources = new HashSet<>();
        for (Rule r : rules) {
            if (r.kind() != RuleKind.SETTING && r.when() != null) {
                sources.add(r.when());
            }
            r.conditions().forEach(c -> sources.add(c.when()));
        }
        return sources;
    }

    @Test
    void theSameSourceIsCompiledOnceAndGivesTheSamePredicate() {
        PredicateCompiler compiler = new PredicateCompiler();
        Predicate first = compiler.compile("tpp >= 4800");
        assertThat(compiler.compile("tpp >= 4800")).isSameAs(first);
        assertThat(compiler.compile("tpp >= 1600")).isNotSameAs(first);
        assertThat(compiler.compilations()).isEqualTo(2);
    }

    @Test
    void aConditionThatDoesNotCompileIsRefusedEveryTime() {
        PredicateCompiler compiler = new PredicateCompiler();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> compiler.compile("tpp >= ")).isInstanceOf(PredicateCompiler.InvalidPredicateException.class);
        }
        assertThat(compiler.compilations()).isEqualTo(2);
    }

    @Test
    void validationThenEveryVersionCompilesEachDistinctConditionOnce() {
        PredicateCompiler compiler = new PredicateCompiler();
        assertThat(RulebookValidator.validate(SHIPPED, compiler)).isEmpty();
        int distinct = distinctConditions(SHIPPED).size();
        assertThat(compiler.compilations()).isEqualTo(distinct);

        // Rulebook.of validates again and each version compiles its rules: all of it answered from memory
        Rulebook rulebook = Rulebook.of(SHIPPED, RulebookLoader.defaultCountries(), compiler);
        for (LocalDate start : rulebook.versionStarts()) {
            CompiledRulebook version = rulebook.on(start);
            version.requirementRules().forEach(cr -> assertThat(cr.when()).isSameAs(compiler.compile(cr.rule().when())));
        }
        rulebook.withSettingOverrides(java.util.Map.of("aiDiffusionPosture", "enforced")).on(rulebook.start());
        assertThat(compiler.compilations()).isEqualTo(distinct);
    }

    @Test
    void theLoaderTheValidatorAndEveryRulebookShareTheProcessCompiler() {
        PredicateCompiler shared = PredicateCompiler.shared();
        RulebookLoader.read(null, List.of()); // validation: whatever it has not met yet, it compiles now
        int before = shared.compilations();
        Rulebook rulebook = RulebookLoader.load(null, List.of());
        for (LocalDate start : rulebook.versionStarts()) {
            CompiledRulebook version = rulebook.on(start);
            version.classifyRules("chip").forEach(cr -> assertThat(cr.when()).isSameAs(shared.compile(cr.rule().when())));
        }
        assertThat(shared.compilations()).isEqualTo(before);
    }

    @Test
    void everyBadConditionIsStillReportedWhenEntriesShareIt() {
        Rule good = SHIPPED.stream().filter(r -> r.kind() == RuleKind.REQUIRE).findFirst().orElseThrow();
        Rule bad = withWhen(good, "dest == ");
        Rule badToo = withWhen(good, "dest == ");
        List<Problem> problems = RulebookValidator.validate(List.of(bad, badToo), new PredicateCompiler());
        assertThat(problems.stream().filter(p -> p.message().contains("does not compile"))).hasSize(2);
    }

    private static Rule withWhen(Rule r, String when) {
        return new Rule(r.id(), r.kind(), r.title(), r.effectiveFrom(), r.effectiveTo(), r.appliesTo(), r.priority(), when,
                r.then(), r.conditions(), r.exception(), r.overcomeBy(), r.requirements(), r.value(), r.summary(),
                r.citation(), r.federalRegister(), r.source(), r.reliability(), r.note(), r.overlay(), r.origin());
    }
}
