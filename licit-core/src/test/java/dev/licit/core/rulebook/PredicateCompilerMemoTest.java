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

    /** A memo in memory, as the launcher's files keep it across processes. */
    private static final class TreeMemo implements CheckMemo {
        final java.util.Map<String, byte[]> trees = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public boolean checked(String text) {
            return false;
        }

        @Override
        public void remember(String text) {}

        @Override
        public byte[] checkedTree(String source) {
            return trees.get(source);
        }

        @Override
        public void rememberCheckedTree(String source, byte[] tree) {
            trees.put(source, tree);
        }
    }

    @Test
    void aNewCompilerMakesEveryProgramFromTheMemosTreesWithTheSameTruths() {
        TreeMemo memo = new TreeMemo();
        PredicateCompiler first = new PredicateCompiler();
        first.rememberChecksIn(memo);
        Set<String> sources = distinctConditions(SHIPPED);
        List<java.util.Map<String, Object>> factSets = factSets();
        List<String> truths = new java.util.ArrayList<>();
        for (String source : sources) {
            for (var facts : factSets) {
                truths.add(source + " " + facts + " "
                        + first.compile(source).evaluate(facts).value());
            }
        }
        assertThat(memo.trees).hasSize(sources.size());

        PredicateCompiler next = new PredicateCompiler();
        next.rememberChecksIn(memo);
        List<String> again = new java.util.ArrayList<>();
        for (String source : sources) {
            for (var facts : factSets) {
                again.add(source + " " + facts + " "
                        + next.compile(source).evaluate(facts).value());
            }
            assertThat(next.compile(source).referencedFacts())
                    .as(source)
                    .isEqualTo(first.compile(source).referencedFacts());
        }
        assertThat(next.compilations()).as("nothing compiled").isZero();
        assertThat(next.treesRead()).isEqualTo(sources.size());
        assertThat(again).isEqualTo(truths);
        assertThat(truths).anyMatch(t -> t.endsWith("TRUE")).anyMatch(t -> t.endsWith("FALSE"));
    }

    @Test
    void aTreeThatDoesNotReadOrIsNotABooleanIsCompiledAgain() throws Exception {
        TreeMemo memo = new TreeMemo();
        memo.trees.put("tpp >= 4800", new byte[] {1, 2, 3, 4, 5}); // not a tree
        memo.trees.put(
                "tpp < 4800",
                dev.cel.common.CelProtoAbstractSyntaxTree.fromCelAst(
                                dev.cel.compiler.CelCompilerFactory.standardCelCompilerBuilder()
                                        .addVar("tpp", dev.cel.common.types.SimpleType.DOUBLE)
                                        .build()
                                        .compile("tpp + 1.0")
                                        .getAst())
                        .toCheckedExpr()
                        .toByteArray()); // a checked tree, but a number, not a truth
        PredicateCompiler next = new PredicateCompiler();
        next.rememberChecksIn(memo);
        assertThat(next.compile("tpp >= 4800")
                        .evaluate(java.util.Map.of("tpp", 4800.0))
                        .value())
                .isEqualTo(Truth.Value.TRUE);
        assertThat(next.compile("tpp < 4800")
                        .evaluate(java.util.Map.of("tpp", 4800.0))
                        .value())
                .isEqualTo(Truth.Value.FALSE);
        assertThat(next.compilations()).isEqualTo(2);
        assertThat(next.treesRead()).isZero();
        assertThat(memo.trees.get("tpp >= 4800")).hasSizeGreaterThan(5); // remembered afresh
    }

    /** Facts on both sides of the shipped thresholds, and none at all. */
    private static List<java.util.Map<String, Object>> factSets() {
        List<java.util.Map<String, Object>> sets = new java.util.ArrayList<>();
        sets.add(java.util.Map.of());
        for (double tpp : new double[] {1599, 1600, 4799, 4800}) {
            for (double pd : new double[] {1.5, 5.92, 6.0}) {
                sets.add(java.util.Map.of("tpp", tpp, "pd", pd));
            }
        }
        return sets;
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
