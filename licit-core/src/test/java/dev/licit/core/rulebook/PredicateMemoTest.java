package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A condition remembers its truth per combination of the facts it names: the remembered answer
 * must always be the one a fresh evaluation gives, whatever changed in between.
 */
class PredicateMemoTest {
    private static final String CONDITION =
            "(tpp >= 4800.0 || (tpp >= 1600.0 && pd >= 5.92)) && dest in ['CN', 'MO'] && !('4A090' in containsEccns)";

    private static Predicate fresh() {
        // a compiler of its own: its predicate has never evaluated anything
        return new PredicateCompiler().compile(CONDITION);
    }

    @Test
    void theSameValuesAreAnsweredFromMemoryAndOtherValuesAreEvaluated() {
        Predicate p = fresh();
        Map<String, Object> facts =
                new HashMap<>(Map.of("tpp", 5000.0, "pd", 1.0, "dest", "CN", "containsEccns", List.of()));
        assertThat(p.evaluate(facts).isTrue()).isTrue();
        assertThat(p.remembered()).isEqualTo(1);
        assertThat(p.evaluate(new HashMap<>(facts)).isTrue()).isTrue();
        assertThat(p.remembered()).isEqualTo(1);
        facts.put("dest", "SG");
        assertThat(p.evaluate(facts).isTrue()).isFalse();
        assertThat(p.remembered()).isEqualTo(2);
        // a fact the condition does not name does not split the memory
        facts.put("vendor", "NVIDIA");
        p.evaluate(facts);
        assertThat(p.remembered()).isEqualTo(2);
    }

    @Test
    void anAbsentFactIsNotTheSameAsAKnownOne() {
        Predicate p = fresh();
        Map<String, Object> known =
                new HashMap<>(Map.of("tpp", 2000.0, "pd", 6.0, "dest", "CN", "containsEccns", List.of()));
        assertThat(p.evaluate(known).isTrue()).isTrue();
        Map<String, Object> unknownDensity = new HashMap<>(known);
        unknownDensity.remove("pd");
        Truth t = p.evaluate(unknownDensity);
        assertThat(t.isUnknown()).isTrue();
        assertThat(t.missingFacts()).containsExactly("pd");
        assertThat(p.evaluate(known).isTrue()).isTrue();
    }

    @Test
    void aListChangedAfterItWasEvaluatedIsEvaluatedAgain() {
        Predicate p = fresh();
        List<String> eccns = new ArrayList<>();
        Map<String, Object> facts =
                new HashMap<>(Map.of("tpp", 5000.0, "pd", 1.0, "dest", "CN", "containsEccns", eccns));
        assertThat(p.evaluate(facts).isTrue()).isTrue();
        eccns.add("4A090");
        assertThat(p.evaluate(facts).isTrue()).isFalse();
    }

    @Test
    void theMemoryIsBounded() {
        Predicate p = fresh();
        for (int i = 0; i < Predicate.MEMO_LIMIT * 2 + 10; i++) {
            p.evaluate(Map.of("tpp", (double) i, "pd", 1.0, "dest", "CN", "containsEccns", List.of()));
            assertThat(p.remembered()).isLessThanOrEqualTo(Predicate.MEMO_LIMIT);
        }
    }

    @Property(tries = 300)
    void aRememberedTruthIsWhatAFreshEvaluationGives(@ForAll("factSequences") List<Map<String, Object>> sequence) {
        Predicate remembering = fresh();
        for (Map<String, Object> facts : sequence) {
            Truth remembered = remembering.evaluate(facts);
            Truth evaluated = fresh().evaluate(facts);
            assertThat(remembered).isEqualTo(evaluated);
        }
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> factSequences() {
        Arbitrary<Double> tpp = Arbitraries.of(0.0, 1599.9, 1600.0, 4799.9, 4800.0, 9000.0);
        Arbitrary<Double> pd = Arbitraries.of(1.0, 5.91, 5.92, 10.0);
        Arbitrary<String> dest = Arbitraries.of("CN", "MO", "SG", "DE");
        Arbitrary<List<String>> eccns = Arbitraries.of(List.of(), List.of("4A090"), List.of("3A090", "5A992"));
        Arbitrary<Map<String, Object>> facts = Combinators.combine(
                        tpp.injectNull(0.2), pd.injectNull(0.2), dest.injectNull(0.1), eccns.injectNull(0.1))
                .as((t, d, c, e) -> {
                    Map<String, Object> m = new HashMap<>();
                    if (t != null) {
                        m.put("tpp", t);
                    }
                    if (d != null) {
                        m.put("pd", d);
                    }
                    if (c != null) {
                        m.put("dest", c);
                    }
                    if (e != null) {
                        m.put("containsEccns", e);
                    }
                    return m;
                });
        return facts.list().ofMinSize(1).ofMaxSize(30);
    }
}
