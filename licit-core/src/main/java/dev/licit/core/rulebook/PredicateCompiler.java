package dev.licit.core.rulebook;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.expr.CheckedExpr;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiles and type-checks rule conditions written in CEL against the declared {@link Facts}.
 *
 * <p>Type-checking costs about a millisecond per condition and building the CEL environment more,
 * while loading a rulebook meets the same condition several times (validation, then each version in
 * force; many entries share a condition). So each compiler remembers what it compiled, by source
 * text, and a process normally uses the one {@link #shared()} compiler: each distinct condition is
 * compiled once per process. A {@link Predicate} is immutable and CEL's compiler and programs are
 * thread-safe, so the remembered predicates are handed to any thread. Thread-safe.
 */
public final class PredicateCompiler {
    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true) // so that "lineItems <= 6" and "tpp >= 4800" read naturally
            .build();
    /** Far above any rulebook's conditions; a process that reads many rulebooks starts over rather than grow. */
    private static final int MEMO_LIMIT = 10_000;

    /**
     * CEL's compiler (with the declared facts) and its runtime, each built when first needed: a
     * command that only shows rules never needs either, and one whose conditions' checked trees are
     * in the memo needs only the runtime.
     */
    private volatile CelCompiler celCompiler;

    private volatile CelRuntime celRuntime;
    /** Only conditions that compiled: a bad one is compiled (and reported) again each time it is met. */
    private final Map<String, Predicate> compiled = new ConcurrentHashMap<>();

    private final AtomicInteger compilations = new AtomicInteger();
    private final AtomicInteger treesRead = new AtomicInteger();
    private volatile CheckMemo checkMemo = CheckMemo.NONE;

    /** Built on first use, so that a process that never reads a rulebook never pays for CEL. */
    private static final class Shared {
        static final PredicateCompiler INSTANCE = new PredicateCompiler();
    }

    /** The compiler of this process, shared by validation and every rulebook. */
    public static PredicateCompiler shared() {
        return Shared.INSTANCE;
    }

    public PredicateCompiler() {}

    private CelCompiler compiler() {
        CelCompiler c = celCompiler;
        if (c == null) {
            synchronized (this) {
                c = celCompiler;
                if (c == null) {
                    CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                            .setOptions(OPTIONS)
                            .setStandardMacros(CelStandardMacro.STANDARD_MACROS) // all(), exists() over lists
                            .setResultType(SimpleType.BOOL);
                    Facts.declarations().values().forEach(d -> builder.addVar(d.name(), d.type()));
                    c = builder.build();
                    celCompiler = c;
                }
            }
        }
        return c;
    }

    /** Builds CEL's runtime now rather than at the first condition evaluated (a process may begin it ahead). */
    public void prepareRuntime() {
        runtime();
    }

    private CelRuntime runtime() {
        CelRuntime r = celRuntime;
        if (r == null) {
            synchronized (this) {
                r = celRuntime;
                if (r == null) {
                    r = CelRuntimeFactory.plannerRuntimeBuilder()
                            .setOptions(OPTIONS)
                            .build();
                    celRuntime = r;
                }
            }
        }
        return r;
    }

    /**
     * The compiled condition, compiled now or remembered from an earlier call with the same source.
     *
     * @throws InvalidPredicateException naming the position and the reason
     */
    public Predicate compile(String source) {
        Predicate p = compiled.get(source);
        if (p == null) {
            // two threads may compile the same source at once; both results are equal, one is kept
            p = compileNew(source);
            if (compiled.size() >= MEMO_LIMIT) {
                compiled.clear();
            }
            Predicate first = compiled.putIfAbsent(source, p);
            if (first != null) {
                p = first;
            }
        }
        return p;
    }

    /**
     * Type-checks many conditions at once, as one conjunction (each on lines of its own, so that a
     * trailing comment ends with its line): CEL builds its standard environment afresh for every
     * check, which cost a cold process more than the checking itself. When the conjunction checks,
     * every condition in it is a well-typed boolean expression, and each is remembered as a
     * condition compiled when first evaluated; when it does not, nothing is remembered and the caller
     * compiles each alone, which names the bad one and its position.
     *
     * @return whether every condition checked
     */
    public boolean check(Collection<String> sources) {
        List<String> fresh = sources.stream()
                .filter(s -> s != null && !compiled.containsKey(s))
                .distinct()
                .toList();
        if (fresh.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String s : fresh) {
            all.append(all.isEmpty() ? "(\n" : "\n) && (\n").append(s);
        }
        all.append("\n)");
        String conjunction = all.toString();
        CheckMemo memo = checkMemo;
        if (!memo.checked(conjunction)) {
            if (!typeChecks(fresh, conjunction)) {
                return false;
            }
            memo.remember(conjunction);
        }
        for (String s : fresh) {
            compiled.putIfAbsent(s, new Predicate(s, this::compileNew));
        }
        return true;
    }

    private boolean typeChecks(List<String> fresh, String conjunction) {
        // each must parse alone: otherwise "a) || (b" would close and reopen the conjunction's parentheses
        for (String s : fresh) {
            try {
                compiler().parse(s).getAst();
            } catch (CelValidationException | RuntimeException e) {
                return false;
            }
        }
        compilations.incrementAndGet();
        try {
            compiler().compile(conjunction).getAst();
            return true;
        } catch (CelValidationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Lets {@link #check(Collection)} answer from (and add to) a memo kept across processes; the
     * launcher keeps one per build. Nothing else is remembered there.
     */
    public void rememberChecksIn(CheckMemo memo) {
        this.checkMemo = memo == null ? CheckMemo.NONE : memo;
    }

    /** Whether {@code source} compiled or checked here before (a bad one never has). */
    boolean known(String source) {
        return compiled.containsKey(source);
    }

    /** How many times this compiler has actually compiled a condition (not answered from memory). */
    int compilations() {
        return compilations.get();
    }

    /** How many conditions this compiler took from the memo's checked trees instead of compiling them. */
    int treesRead() {
        return treesRead.get();
    }

    private Predicate compileNew(String source) {
        CelAbstractSyntaxTree ast = rememberedTree(source);
        if (ast == null) {
            compilations.incrementAndGet();
            try {
                ast = compiler().compile(source).getAst();
            } catch (CelValidationException e) {
                throw new InvalidPredicateException(e.getMessage().replace("<input>", "condition"));
            }
            checkMemo.rememberCheckedTree(
                    source,
                    CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray());
        }
        try {
            return new Predicate(source, runtime().createProgram(ast), referencedFacts(ast));
        } catch (CelEvaluationException e) {
            throw new InvalidPredicateException(e.getMessage());
        }
    }

    /**
     * The checked tree the memo kept for {@code source}, or null when it has none or what it has does
     * not read as a checked boolean expression of this source (then it is compiled again, never trusted).
     */
    private CelAbstractSyntaxTree rememberedTree(String source) {
        byte[] bytes = checkMemo.checkedTree(source);
        if (bytes == null) {
            return null;
        }
        try {
            CelAbstractSyntaxTree ast = CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(bytes))
                    .getAst();
            if (!ast.isChecked() || !SimpleType.BOOL.equals(ast.getResultType())) {
                return null;
            }
            treesRead.incrementAndGet();
            return ast;
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            return null;
        }
    }

    private static Set<String> referencedFacts(CelAbstractSyntaxTree ast) {
        Set<String> names = new TreeSet<>();
        CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.IDENT)
                .map(e -> e.ident().name())
                .filter(Facts.declarations()::containsKey)
                .forEach(names::add);
        return names;
    }

    /** A condition that does not parse or type-check. */
    static final class InvalidPredicateException extends RuntimeException {
        InvalidPredicateException(String message) {
            super(message);
        }
    }
}
