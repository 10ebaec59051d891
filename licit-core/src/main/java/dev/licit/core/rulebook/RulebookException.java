package dev.licit.core.rulebook;

import java.util.List;

/** The rulebook cannot be used: it has problems, each naming file, line and entry. */
public final class RulebookException extends RuntimeException {
    private final List<Problem> problems;

    public RulebookException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the rulebook:\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
