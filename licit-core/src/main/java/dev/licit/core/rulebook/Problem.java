package dev.licit.core.rulebook;

/** A defect found in a rule file: where, which entry, what. */
public record Problem(String file, int line, String ruleId, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return ruleId == null ? where + ": " + message : where + ": rule '" + ruleId + "': " + message;
    }
}
