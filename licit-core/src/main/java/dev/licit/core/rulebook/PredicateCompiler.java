package dev.licit.core.rulebook;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Set;
import java.util.TreeSet;

/** Compiles and type-checks rule conditions written in CEL against the declared {@link Facts}. */
public final class PredicateCompiler {
    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true) // so that "lineItems <= 6" and "tpp >= 4800" read naturally
            .build();

    private final CelCompiler compiler;
    private final CelRuntime runtime;

    public PredicateCompiler() {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS) // all(), exists() over lists
                .setResultType(SimpleType.BOOL);
        Facts.declarations().values().forEach(d -> builder.addVar(d.name(), d.type()));
        this.compiler = builder.build();
        this.runtime = CelRuntimeFactory.plannerRuntimeBuilder().setOptions(OPTIONS).build();
    }

    /** @throws InvalidPredicateException naming the position and the reason */
    public Predicate compile(String source) {
        CelAbstractSyntaxTree ast;
        try {
            ast = compiler.compile(source).getAst();
        } catch (CelValidationException e) {
            throw new InvalidPredicateException(e.getMessage().replace("<input>", "condition"));
        }
        try {
            return new Predicate(source, runtime.createProgram(ast), referencedFacts(ast));
        } catch (CelEvaluationException e) {
            throw new InvalidPredicateException(e.getMessage());
        }
    }

    private static Set<String> referencedFacts(CelAbstractSyntaxTree ast) {
        Set<String> names = new TreeSet<>();
        CelNavigableAst.fromAst(ast).getRoot().allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.IDENT)
                .map(e -> e.ident().name())
                .filter(Facts.declarations()::containsKey)
                .forEach(names::add);
        return names;
    }

    /** A condition that does not parse or type-check. */
    public static final class InvalidPredicateException extends RuntimeException {
        public InvalidPredicateException(String message) {
            super(message);
        }
    }
}
