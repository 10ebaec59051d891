package dev.licit.store.decision;

/**
 * One line of {@code licit decisions list}.
 *
 * @param actorVerified false for a self-declared CLI actor, null for a decision recorded before this was kept
 * @param osUser the OS user of a self-declared actor, or null
 * @param destination the order's destination (ISO code), or null
 */
public record DecisionSummary(
        String decisionId,
        String orderId,
        String verdict,
        String decidedAt,
        String actor,
        String listSnapshot,
        String rulebookSha256,
        Boolean actorVerified,
        String osUser,
        String destination) {
    /** The actor as the CLI shows it: "alice (self-declared, OS user root)" when nothing checked the name. */
    public String actorDescribed() {
        return Boolean.FALSE.equals(actorVerified)
                ? actor + " (self-declared" + (osUser == null ? "" : ", OS user " + osUser) + ")"
                : actor;
    }
}
