package dev.licit.core.rulebook;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A compiled rule condition. CEL's logical operators are commutative over errors: "false and
 * missing" is false, so a missing fact blocks only the predicates whose value depends on it.
 */
public final class Predicate {
    /**
     * Entries a condition remembers before it forgets them all (clearing wholesale is cheaper than
     * tracking recency): conditions read a few categorical facts, so a run of thousands of orders
     * meets a few dozen combinations per condition.
     */
    static final int MEMO_LIMIT = 2048;

    /** In a memo key: the fact is absent (unknown), or present with a null value. */
    private static final Object ABSENT = new Object();

    private static final Object NULL = new Object();

    private final String source;
    /**
     * Truths already found, keyed by the values of the facts the condition names: a CEL program is
     * a pure function of those, so the same values give the same truth. Evaluating the program
     * again cost about a seventh of the workers' time in a run of 20,000 orders.
     */
    private final Map<MemoKey, Truth> memo = new ConcurrentHashMap<>();

    /** Compiles the condition when first evaluated; null once compiled. */
    private final Function<String, Predicate> compile;

    private volatile CelRuntime.Program program;
    private volatile Set<String> referencedFacts;
    /** {@link #referencedFacts} in the fixed order of memo keys. */
    private volatile String[] keyFacts;

    Predicate(String source, CelRuntime.Program program, Set<String> referencedFacts) {
        this.source = source;
        this.compile = null;
        this.program = program;
        this.referencedFacts = Set.copyOf(referencedFacts);
        this.keyFacts = referencedFacts.toArray(String[]::new);
    }

    /**
     * A condition already type-checked (with every other of its rulebook, see
     * {@link PredicateCompiler#check}) whose program is made when first evaluated: a command that
     * shows or classifies never evaluates most of the rulebook's conditions.
     */
    Predicate(String source, Function<String, Predicate> compile) {
        this.source = source;
        this.compile = compile;
    }

    public String source() {
        return source;
    }

    public Set<String> referencedFacts() {
        ensureCompiled();
        return referencedFacts;
    }

    /** Two threads may compile at once; both programs are equal and either is kept. */
    private void ensureCompiled() {
        if (program == null) {
            Predicate p = compile.apply(source);
            referencedFacts = p.referencedFacts;
            keyFacts = p.keyFacts;
            program = p.program;
        }
    }

    public Truth evaluate(Map<String, Object> facts) {
        ensureCompiled();
        MemoKey key = memoKey(facts);
        if (key == null) {
            return evaluateNow(facts);
        }
        Truth known = memo.get(key);
        if (known != null) {
            return known;
        }
        Truth truth = evaluateNow(facts);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, truth);
        return truth;
    }

    /** How many truths this condition remembers (for tests). */
    int remembered() {
        return memo.size();
    }

    /**
     * The values of the named facts, or null when one is of a type whose value could change after
     * the key is made (anything but text, numbers, booleans and lists of those): such facts are
     * evaluated every time.
     */
    private MemoKey memoKey(Map<String, Object> facts) {
        String[] names = keyFacts;
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object v = facts.get(names[i]);
            if (v == null) {
                values[i] = facts.containsKey(names[i]) ? NULL : ABSENT;
            } else if (v instanceof List<?> list) {
                for (Object e : list) {
                    if (!immutableScalar(e)) {
                        return null;
                    }
                }
                values[i] = List.copyOf(list);
            } else if (immutableScalar(v)) {
                values[i] = v;
            } else {
                return null;
            }
        }
        return new MemoKey(values);
    }

    /** The values of a condition's facts, compared element by element (a list's iterator-based equals cost more than CEL). */
    private static final class MemoKey {
        private final Object[] values;
        private final int hash;

        MemoKey(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemoKey k && k.hash == hash && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static boolean immutableScalar(Object v) {
        return v instanceof String
                || v instanceof Boolean
                || v instanceof Double
                || v instanceof Long
                || v instanceof Integer;
    }

    private Truth evaluateNow(Map<String, Object> facts) {
        Object result;
        try {
            // A resolver reads the facts where they are; handing CEL the Map would copy it on every evaluation.
            result = program.eval(name -> Optional.ofNullable(facts.get(name)));
        } catch (CelEvaluationException e) {
            Set<String> missing = missingOf(facts);
            if (missing.isEmpty()) {
                throw new RuleEvaluationException("cannot evaluate '" + source + "': " + e.getMessage(), e);
            }
            return Truth.unknown(missing);
        }
        if (result instanceof Boolean b) {
            return b ? Truth.TRUE : Truth.FALSE;
        }
        if (result instanceof CelUnknownSet) {
            return Truth.unknown(missingOf(facts));
        }
        throw new RuleEvaluationException(
                "'" + source + "' gave " + result + " where true or false was expected", null);
    }

    private Set<String> missingOf(Map<String, Object> facts) {
        Set<String> missing = new TreeSet<>();
        for (String f : referencedFacts) {
            if (!facts.containsKey(f)) {
                missing.add(f);
            }
        }
        return missing;
    }
}
