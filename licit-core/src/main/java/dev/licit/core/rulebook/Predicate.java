package dev.licit.core.rulebook;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A compiled rule condition. CEL's logical operators are commutative over errors: "false and
 * missing" is false, so a missing fact blocks only the predicates whose value depends on it.
 */
public final class Predicate {
    private final String source;
    /** Compiles the condition when first evaluated; null once compiled. */
    private final Function<String, Predicate> compile;

    private volatile CelRuntime.Program program;
    private volatile Set<String> referencedFacts;

    Predicate(String source, CelRuntime.Program program, Set<String> referencedFacts) {
        this.source = source;
        this.compile = null;
        this.program = program;
        this.referencedFacts = Set.copyOf(referencedFacts);
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
            program = p.program;
        }
    }

    public Truth evaluate(Map<String, Object> facts) {
        ensureCompiled();
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
