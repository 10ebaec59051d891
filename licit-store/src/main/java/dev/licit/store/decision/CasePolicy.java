package dev.licit.store.decision;

import dev.licit.core.decide.Decision;
import dev.licit.store.common.Sentence;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.CaseKind;
import java.util.ArrayList;
import java.util.List;

/**
 * When a decision opens a review case, and what the case says: a HOLD always (missing data or list
 * matches to review), a license requirement unless a license on file covers it, a prohibition when
 * a list match caused it (a reviewer confirms it or clears it as a false positive). Clearances and
 * notifications in progress open none, nor does a dry run (it never ships). (A list import opens re-screening cases of its own.)
 *
 * <p>The reason is stored in English and, beside it, as sentence codes with their values
 * ({@code case.*} and the authorization's own in data/i18n/rules.LANG.yaml), from which the UI and the
 * decision record say it in the reader's language. For cases opened before the codes were kept, the
 * web UI still reads the missing fields, the match count and the policy from these English sentences
 * (app.js {@code caseReason}): change their shape there too.
 */
final class CasePolicy {
    private CasePolicy() {}

    /** The case {@code d} opens, or null when it opens none. */
    static CaseDraft caseFor(String id, Decision d, Authorization auth, List<CaseDraft.MatchDraft> matches) {
        if (auth.status() == AuthorizationStatus.DRY_RUN) {
            return null; // a dry run never ships: there is nothing for a reviewer to let through
        }
        List<Sentence> why = new ArrayList<>();
        String reason = switch (d.verdict()) {
            case HOLD -> {
                String missing = d.missing().isEmpty() ? null : String.join(", ", d.missing());
                if (missing == null && matches.isEmpty()) {
                    why.add(Sentence.of("case.hold-undecided"));
                } else {
                    why.add(Sentence.of(
                            "case.hold",
                            "missing",
                            missing,
                            "matches",
                            matches.isEmpty() ? null : Integer.toString(matches.size())));
                }
                yield "HOLD: "
                        + (missing == null ? "" : "data the rules need is missing (" + missing + "); ")
                        + (matches.isEmpty() ? "" : matches.size() + " list match(es) to review")
                        + (missing == null && matches.isEmpty()
                                ? "the order declares what the rules cannot yet decide (see the decision's reasons)"
                                : "");
            }
            case LICENSE_REQUIRED -> {
                if (auth.status() == AuthorizationStatus.LICENSED) {
                    yield null;
                }
                why.add(Sentence.of(
                        "case.license-required",
                        "policy",
                        d.reviewPolicy() == null ? null : d.reviewPolicy().words()));
                // then the authorization's own sentences: no license is registered, or why none on file covers it
                auth.details().forEach(p -> why.add(new Sentence(p.code(), p.params())));
                yield "LICENSE_REQUIRED"
                        + (d.reviewPolicy() == null
                                ? ""
                                : " (" + d.reviewPolicy().words() + ")") + ": "
                        + auth.detail();
            }
            case PROHIBITED -> {
                if (matches.isEmpty()) {
                    yield null;
                }
                why.add(Sentence.of("case.prohibited"));
                yield "PROHIBITED by a list match: confirm it, or clear it as a"
                        + " false positive and decide the order again";
            }
            default -> null;
        };
        return reason == null
                ? null
                : new CaseDraft(id, d.orderId(), CaseKind.DECISION, d.verdict().name(), reason, why, matches);
    }
}
