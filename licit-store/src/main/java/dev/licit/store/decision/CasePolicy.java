package dev.licit.store.decision;

import dev.licit.core.decide.Decision;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.CaseKind;
import java.util.List;

/**
 * When a decision opens a review case, and what the case says: a HOLD always (missing data or list
 * matches to review), a license requirement unless a license on file covers it, a prohibition when
 * a list match caused it (a reviewer confirms it or clears it as a false positive). Clearances and
 * notifications in progress open none, nor does a dry run (it never ships). (A list import opens re-screening cases of its own.)
 *
 * <p>The reason is stored in English; the web UI says it in Korean from the case's verdict and
 * matches, reading the missing fields, the match count and the policy from these sentences
 * (app.js {@code caseReason}): change their shape there too.
 */
final class CasePolicy {
    private CasePolicy() {}

    /** The case {@code d} opens, or null when it opens none. */
    static CaseDraft caseFor(String id, Decision d, Authorization auth, List<CaseDraft.MatchDraft> matches) {
        if (auth.status() == AuthorizationStatus.DRY_RUN) {
            return null; // a dry run never ships: there is nothing for a reviewer to let through
        }
        String reason = switch (d.verdict()) {
            case HOLD ->
                "HOLD: "
                        + (d.missing().isEmpty()
                                ? ""
                                : "data the rules need is missing (" + String.join(", ", d.missing()) + "); ")
                        + (matches.isEmpty() ? "" : matches.size() + " list match(es) to review")
                        + (d.missing().isEmpty() && matches.isEmpty()
                                ? "the order declares what the rules cannot yet decide (see the decision's reasons)"
                                : "");
            case LICENSE_REQUIRED ->
                auth.status() == AuthorizationStatus.LICENSED
                        ? null
                        : "LICENSE_REQUIRED"
                                + (d.reviewPolicy() == null
                                        ? ""
                                        : " (" + d.reviewPolicy().words() + ")") + ": " + auth.detail();
            case PROHIBITED ->
                matches.isEmpty()
                        ? null
                        : "PROHIBITED by a list match: confirm it, or clear it as a"
                                + " false positive and decide the order again";
            default -> null;
        };
        return reason == null
                ? null
                : new CaseDraft(id, d.orderId(), CaseKind.DECISION, d.verdict().name(), reason, matches);
    }
}
