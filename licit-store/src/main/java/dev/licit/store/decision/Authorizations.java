package dev.licit.store.decision;

import dev.licit.store.decision.Authorization.Part;
import dev.licit.store.license.LicenseCheck;
import dev.licit.store.license.LicenseNeed;
import dev.licit.store.license.LicenseService;
import dev.licit.store.nac.Notification;
import dev.licit.store.nac.NotificationService;
import dev.licit.store.nac.NotificationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Works out a decision's {@link Authorization} from its verdict, the registered licenses, the
 * order's NAC notification and (once stored) its review cases.
 *
 * <p>Each detail is written in English and as sentence codes with their values ({@link Part}), whose
 * templates in data/i18n/rules.ko.yaml ({@code authorization.*}) the UI and the Korean record fill.
 */
final class Authorizations {
    private Authorizations() {}

    /**
     * What is known of a decision for this purpose.
     *
     * @param decisionId null while the decision is being made (no cases yet)
     * @param asOf the date whose rules the decision applied (its rules date)
     * @param dryRun whether it was decided under another date than the day it was made
     * @param contentSha256 the order's {@link OrderContent} hash, or null for a legacy decision
     */
    record Subject(
            String decisionId,
            String verdict,
            String orderId,
            LicenseNeed need,
            LocalDate asOf,
            boolean dryRun,
            String contentSha256) {}

    /** Whether {@link #evaluate} reads the database for this subject (stored cases, licenses, notifications). */
    static boolean needsLookup(Subject s) {
        return s.decisionId() != null
                || "LICENSE_REQUIRED".equals(s.verdict())
                || "NOTIFICATION_REQUIRED".equals(s.verdict());
    }

    /**
     * @param today the day the order would ship: today, or the {@code shippedOn} of a shipment
     */
    static Authorization evaluate(Handle h, Subject s, LocalDate today, boolean lockLicense) {
        return evaluate(h, s, today, lockLicense, true);
    }

    /**
     * @param withCases false to leave the decision's review cases out: what the authorization would
     *     be once its open cases are released (a license or a NAC clearance registered after the case
     *     opened, which the reviewer should see before releasing)
     */
    static Authorization evaluate(Handle h, Subject s, LocalDate today, boolean lockLicense, boolean withCases) {
        if (s.dryRun()) {
            return of(
                    AuthorizationStatus.DRY_RUN,
                    false,
                    "a dry run under the rules of " + s.asOf() + " (not the day it was made): it never ships;"
                            + " decide the order under the rules of the shipping day to ship it",
                    Part.of("authorization.dry-run", "asOf", String.valueOf(s.asOf())));
        }
        if ("PROHIBITED".equals(s.verdict())) {
            return of(
                    AuthorizationStatus.PROHIBITED,
                    false,
                    "the order is prohibited; it must not ship",
                    Part.of("authorization.prohibited"));
        }
        if (s.asOf() != null && !s.asOf().equals(today)) {
            return of(
                    AuthorizationStatus.REDECIDE,
                    false,
                    "decided under the rules of " + s.asOf() + "; shipping on " + today
                            + " needs a decision under that day's rules: decide the order again",
                    Part.of("authorization.redecide", "asOf", s.asOf().toString(), "today", today.toString()));
        }
        boolean released = !withCases;
        if (s.decisionId() != null && withCases) {
            List<String[]> cases = h.createQuery(
                            "SELECT id, kind, status FROM review_case WHERE decision_id = :d ORDER BY id")
                    .bind("d", s.decisionId())
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .list();
            for (String[] c : cases) {
                if (c[2].equals("REJECTED")) {
                    return of(
                            AuthorizationStatus.REJECTED,
                            false,
                            "case " + c[0] + " rejected the order",
                            Part.of("authorization.rejected", "cases", c[0]));
                }
            }
            List<String> open = cases.stream()
                    .filter(c -> c[2].equals("OPEN"))
                    .map(c -> c[0])
                    .toList();
            if (!open.isEmpty()) {
                return of(
                        AuthorizationStatus.REVIEW,
                        false,
                        "case " + String.join(", ", open) + " must be reviewed first",
                        Part.of("authorization.review-cases", "cases", String.join(", ", open)));
            }
            released = cases.stream().anyMatch(c -> c[1].equals("DECISION") && c[2].equals("RELEASED"));
        }
        return switch (s.verdict()) {
            case "HOLD" ->
                released
                        ? of(
                                AuthorizationStatus.RELEASED,
                                true,
                                "a reviewer released the order",
                                Part.of("authorization.released"))
                        : of(
                                AuthorizationStatus.REVIEW,
                                false,
                                "a person must review the order: work its case",
                                Part.of("authorization.review"));
            case "LICENSE_REQUIRED" -> license(h, s, today, lockLicense);
            case "NOTIFICATION_REQUIRED" -> notification(h, s, today, lockLicense);
            default ->
                of(
                        AuthorizationStatus.NOT_REQUIRED,
                        true,
                        "no license or notification is needed",
                        Part.of("authorization.not-required"));
        };
    }

    private static Authorization license(Handle h, Subject s, LocalDate today, boolean lock) {
        if (s.need() == null || s.need().eccns().isEmpty()) {
            return of(
                    AuthorizationStatus.LICENSE_REQUIRED,
                    false,
                    "a license is required",
                    Part.of("authorization.license-required"));
        }
        LicenseCheck check = LicenseService.check(h, s.need(), today, lock);
        if (check.covered()) {
            return new Authorization(
                    AuthorizationStatus.LICENSED,
                    true,
                    "license " + check.covering().number() + " covers the order; recording the shipment draws it down",
                    check.covering(),
                    null,
                    List.of(Part.of(
                            "authorization.licensed", "number", check.covering().number())));
        }
        // the sentence, then why each license on file does not cover the order, each in its own words
        List<Part> parts = new java.util.ArrayList<>();
        parts.add(Part.of("authorization.license-none", "refusals", String.join("; ", check.refusals())));
        check.refused().forEach(r -> parts.add(new Part(r.code(), r.params())));
        return new Authorization(
                AuthorizationStatus.LICENSE_REQUIRED,
                false,
                "no registered license covers the order: " + String.join("; ", check.refusals()),
                null,
                null,
                parts);
    }

    private static Authorization notification(Handle h, Subject s, LocalDate today, boolean lock) {
        Optional<Notification> n = s.orderId() == null
                ? Optional.empty()
                : NotificationService.forContent(h, s.orderId(), s.contentSha256(), s.decisionId());
        if (n.isEmpty()) {
            Optional<Notification> other =
                    s.orderId() == null ? Optional.empty() : NotificationService.forOrder(h, s.orderId());
            return of(
                    AuthorizationStatus.NOTIFICATION_REQUIRED,
                    false,
                    (other.isPresent()
                                    ? "notification " + other.get().id() + " of order " + s.orderId()
                                            + " was filed for other content (items, quantities or parties) and does"
                                            + " not cover this one; "
                                    : "")
                            + "file a NAC notification with BIS; the order may"
                            + " ship once BIS returns its number and 25 days have passed since filing",
                    other.map(o -> Part.of(
                                    "authorization.other-nac", "id", Long.toString(o.id()), "order", s.orderId()))
                            .orElse(null),
                    Part.of("authorization.notification-required"));
        }
        Notification nn = n.get();
        if (nn.status() == NotificationStatus.LICENSE_REQUIRED) {
            Authorization lic = license(h, s, today, lock);
            List<Part> parts = new java.util.ArrayList<>();
            parts.add(blockPart(nn, today));
            parts.addAll(lic.details());
            return new Authorization(
                    lic.status(), lic.shippable(), nn.blockOn(today) + "; " + lic.detail(), lic.license(), nn, parts);
        }
        String block = nn.blockOn(today);
        if (block != null) {
            return new Authorization(
                    AuthorizationStatus.NAC_PENDING, false, block, null, nn, List.of(blockPart(nn, today)));
        }
        return new Authorization(
                AuthorizationStatus.NAC_CLEARED,
                true,
                "NAC notification " + nn.id()
                        + " cleared: BIS number " + nn.bisNumber() + " (AES license type C67), waiting period ended "
                        + nn.waitingPeriodEnds(),
                null,
                nn,
                List.of(Part.of(
                        "authorization.nac-cleared",
                        "id",
                        Long.toString(nn.id()),
                        "bis",
                        nn.bisNumber(),
                        "ends",
                        nn.waitingPeriodEnds().toString())));
    }

    /** {@link Notification#blockOn} as a sentence code and its values, or null when the order may ship. */
    private static Part blockPart(Notification n, LocalDate day) {
        if (n.status() == NotificationStatus.LICENSE_REQUIRED) {
            return Part.of("authorization.nac-license-required", "id", Long.toString(n.id()), "note", n.note());
        }
        if (day.isBefore(n.waitingPeriodEnds())) {
            return Part.of(
                    "authorization.nac-waiting",
                    "id",
                    Long.toString(n.id()),
                    "filed",
                    n.filedOn().toString(),
                    "ends",
                    n.waitingPeriodEnds().toString());
        }
        if (n.bisNumber() == null) {
            return Part.of(
                    "authorization.nac-no-number",
                    "id",
                    Long.toString(n.id()),
                    "filed",
                    n.filedOn().toString());
        }
        return null;
    }

    /** An authorization without a license or notification; {@code parts} its detail's sentences (nulls skipped). */
    private static Authorization of(AuthorizationStatus status, boolean shippable, String detail, Part... parts) {
        List<Part> kept = new java.util.ArrayList<>();
        for (Part p : parts) {
            if (p != null) {
                kept.add(p);
            }
        }
        return new Authorization(status, shippable, detail, null, null, kept);
    }
}
