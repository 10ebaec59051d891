package dev.licit.core.rulebook;

import dev.cel.common.types.CelType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a rule predicate may use: the one vocabulary shared by rule authors, the validator and
 * the engine, declared by {@link FactKey}. A fact that is unknown (a missing datasheet figure) is
 * simply absent; a predicate whose value depends on it evaluates to "unknown" and the engine names
 * the missing input.
 */
public final class Facts {
    /** Fact name, its CEL type, what it means (shown by docs and {@code licit rules facts}). */
    record Declaration(String name, CelType type, String meaning, String inputField) {}

    private static final Map<String, Declaration> DECLARATIONS = new LinkedHashMap<>();

    static {
        for (FactKey k : FactKey.values()) {
            DECLARATIONS.put(k.key(), new Declaration(k.key(), k.type(), k.meaning(), k.inputField()));
        }
    }

    private Facts() {}

    public static Map<String, Declaration> declarations() {
        return DECLARATIONS;
    }

    /** The input field a user must supply so that a fact becomes known, or the fact itself. */
    public static String inputFieldOf(String fact) {
        Declaration d = DECLARATIONS.get(fact);
        return d == null || d.inputField() == null ? fact : d.inputField();
    }
}
