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
    private static final List<Rule> SHIPPED =
            RulebookLoader.read(null, List.of()).rules();

    private static Set<String> distinctConditions(List<Rule> rules) {
        Set<String> sources = new HashSet<>();
        for (Rule r : rules) {
            if (r instanceof Rule.Conditional c && c.when() != null) {
                sources.add(c.when());
            }
            if (r instanceof ExceptionRule e) {
                e.conditions().forEach(c -> sources.add(c.when()));
            }
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
            assertThatThrownBy(() -> compiler.compile("tpp >= "))
                    .isInstanceOf(PredicateCompiler.InvalidPredicateException.class);
        }
        assertThat(compiler.compilations()).isEqualTo(2);
    }

    @Test
    void validationThenEveryVersionCompilesEachDistinctConditionOnce() {
        PredicateCompiler compiler = new PredicateCompiler();
        assertThat(RulebookValidator.validate(SHIPPED, compiler)).isEmpty();
        int distinct = distinctConditions(SHIPPED).size();
        assertThat(compiler.compilations())
                .as("one type-check of all conditions together")
                .isEqualTo(1);

        // Rulebook.of validates again and each version compiles its rules: all of it answered from memory
        Rulebook rulebook = Rulebook.of(SHIPPED, RulebookLoader.defaultCountries(), compiler);
        for (LocalDate start : rulebook.versionStarts()) {
            CompiledRulebook version = rulebook.on(start);
            version.requirementRules()
                    .forEach(cr -> assertThat(cr.when())
                            .isSameAs(compiler.compile(cr.rule().when())));
        }
        rulebook.withSettingOverrides(java.util.Map.of("aiDiffusionPosture", "enforced"))
                .on(rulebook.start());
        assertThat(compiler.compilations())
                .as("no program is made before it is evaluated")
                .isEqualTo(1);

        // each condition's program is made when first evaluated, once
        for (int round = 0; round < 2; round++) {
            for (String source : distinctConditions(SHIPPED)) {
                compiler.compile(source).evaluate(java.util.Map.of());
            }
        }
        assertThat(compiler.compilations()).isEqualTo(1 + distinct);
    }

    @Test
    void aConditionCheckedWithTheOthersReadsAsOneCompiledAlone() {
        PredicateCompiler together = new PredicateCompiler();
        assertThat(together.check(distinctConditions(SHIPPED))).isTrue();
        PredicateCompiler alone = new PredicateCompiler();
        for (String source : distinctConditions(SHIPPED)) {
            assertThat(together.compile(source).referencedFacts())
                    .as(source)
                    .isEqualTo(alone.compile(source).referencedFacts());
        }
    }

    @Test
    void aConditionThatWouldOnlyParseInsideTheConjunctionIsStillRefused() {
        Rule good = SHIPPED.stream()
                .filter(r -> r.kind() == RuleKind.REQUIRE)
                .findFirst()
                .orElseThrow();
        Rule sly = withWhen(good, "tpp >= 1) || (tpp < 0");
        List<Problem> problems = RulebookValidator.validate(List.of(good, sly), new PredicateCompiler());
        assertThat(problems.stream().filter(p -> p.message().contains("does not compile")))
                .hasSize(1);
        PredicateCompiler compiler = new PredicateCompiler();
        assertThat(compiler.check(List.of("tpp >= 4800", "tpp >= 1) || (tpp < 0")))
                .isFalse();
        assertThat(compiler.check(List.of("tpp >= 4800 // a comment", "tpp < 1")))
                .isTrue();
        assertThat(compiler.check(List.of("tpp + 1", "tpp < 1")))
                .as("not a boolean")
                .isFalse();
    }

    @Test
    void theLoaderTheValidatorAndEveryRulebookShareTheProcessCompiler() {
        PredicateCompiler shared = PredicateCompiler.shared();
        RulebookLoader.read(null, List.of()); // validation: whatever it has not met yet, it compiles now
        int before = shared.compilations();
        Rulebook rulebook = RulebookLoader.load(null, List.of());
        for (LocalDate start : rulebook.versionStarts()) {
            CompiledRulebook version = rulebook.on(start);
            version.classifyRules("chip")
                    .forEach(cr -> assertThat(cr.when())
                            .isSameAs(shared.compile(cr.rule().when())));
        }
        assertThat(shared.compilations()).isEqualTo(before);
    }

    @Test
    void everyBadConditionIsStillReportedWhenEntriesShareIt() {
        Rule good = SHIPPED.stream()
                .filter(r -> r.kind() == RuleKind.REQUIRE)
                .findFirst()
                .orElseThrow();
        Rule bad = withWhen(good, "dest == ");
        Rule badToo = withWhen(good, "dest == ");
        List<Problem> problems = RulebookValidator.validate(List.of(bad, badToo), new PredicateCompiler());
        assertThat(problems.stream().filter(p -> p.message().contains("does not compile")))
                .hasSize(2);
    }

    /** A memo kept in memory, as the launcher's files keep one across processes. */
    private static final class MemoryMemo implements CheckMemo {
        final Set<String> texts = new HashSet<>();

        @Override
        public boolean checked(String text) {
            return texts.contains(text);
        }

        @Override
        public void remember(String text) {
            texts.add(text);
        }
    }

    @Test
    void aRulebookCheckedBeforeIsNotTypeCheckedAgainAndReadsTheSame() {
        MemoryMemo memo = new MemoryMemo();
        PredicateCompiler first = new PredicateCompiler();
        first.rememberChecksIn(memo);
        assertThat(RulebookValidator.validate(SHIPPED, first)).isEmpty();
        assertThat(first.compilations()).isEqualTo(1);
        assertThat(memo.texts).hasSize(1);

        PredicateCompiler next = new PredicateCompiler();
        next.rememberChecksIn(memo);
        assertThat(RulebookValidator.validate(SHIPPED, next)).isEmpty();
        assertThat(next.compilations()).as("answered from the memo").isZero();
        for (String source : distinctConditions(SHIPPED)) {
            assertThat(next.compile(source).referencedFacts())
                    .as(source)
                    .isEqualTo(first.compile(source).referencedFacts());
        }

        PredicateCompiler without = new PredicateCompiler();
        assertThat(RulebookValidator.validate(SHIPPED, without)).isEmpty();
        assertThat(without.compilations()).as("no memo: checked").isEqualTo(1);
    }

    @Test
    void aConditionThatDoesNotCheckIsNeverRemembered() {
        MemoryMemo memo = new MemoryMemo();
        PredicateCompiler compiler = new PredicateCompiler();
        compiler.rememberChecksIn(memo);
        assertThat(compiler.check(List.of("tpp >= 4800", "dest == "))).isFalse();
        assertThat(compiler.check(List.of("tpp >= 4800", "tpp + 1"))).isFalse();
        assertThat(memo.texts).isEmpty();

        // a changed rulebook is another text: checked again, and refused if bad
        Rule good = SHIPPED.stream()
                .filter(r -> r.kind() == RuleKind.REQUIRE)
                .findFirst()
                .orElseThrow();
        PredicateCompiler again = new PredicateCompiler();
        again.rememberChecksIn(memo);
        assertThat(RulebookValidator.validate(List.of(good, withWhen(good, "dest == ")), again))
                .isNotEmpty();
        assertThat(memo.texts).isEmpty();
    }

    private static Rule withWhen(Rule r, String when) {
        RequireRule q = (RequireRule) r;
        return new RequireRule(q.info(), when, q.verdict(), q.reviewPolicy(), q.overcomeBy());
    }
}
