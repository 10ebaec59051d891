package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.review.CaseAction;
import dev.licit.store.review.CaseMatch;
import dev.licit.store.review.CaseStatus;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit cases list|show|clear|confirm|release|reject}: the review work queue. */
@Command(
        name = "cases",
        mixinStandardHelpOptions = true,
        description =
                "Review cases: decisions a person must work (HOLD, LICENSE_REQUIRED, list matches, re-screening hits).",
        subcommands = {
            CasesCommand.ListCases.class,
            CasesCommand.Show.class,
            CasesCommand.Clear.class,
            CasesCommand.Confirm.class,
            CasesCommand.Release.class,
            CasesCommand.Reject.class
        })
public final class CasesCommand extends CommandGroup {
    static void print(PrintWriter out, ReviewCase c, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            JsonOutput.print(out, c);
            return;
        }
        out.println("case " + c.id() + "  " + c.status() + "  " + c.kind() + "  decision " + c.decisionId()
                + (c.orderId() == null ? "" : " (order " + c.orderId() + ")") + "  verdict " + c.verdict());
        out.println("  opened " + c.openedAt() + " by " + c.openedBy() + ": " + c.reason());
        if (c.closedAt() != null) {
            out.println("  " + c.status().name().toLowerCase(Locale.ROOT) + " " + c.closedAt() + " by " + c.closedBy()
                    + ": " + c.closeReason());
        }
        for (CaseMatch m : c.matches()) {
            out.printf(
                    "  match %d  %-9s %s %s %s '%s' score %.3f  party %s%s%n",
                    m.id(),
                    m.status(),
                    m.band(),
                    m.list(),
                    m.entryId(),
                    m.listedName(),
                    m.score(),
                    m.partyName(),
                    m.partyCountry() == null ? "" : " (" + m.partyCountry() + ")");
            if (m.note() != null) {
                out.println("      note: " + m.note());
            }
            if (m.status() == MatchStatus.PENDING && m.proposedBy() != null) {
                out.println("      clearance proposed by " + m.proposedBy() + " at " + m.proposedAt()
                        + ": a second, different reviewer must clear it too (four eyes)");
            }
            if (m.status() != MatchStatus.PENDING) {
                out.println("      " + m.status().name().toLowerCase(Locale.ROOT) + " by " + m.reviewedBy() + " at "
                        + m.reviewedAt() + (m.reviewReason() == null ? "" : ": " + m.reviewReason()));
            }
        }
        for (CaseAction a : c.actions()) {
            out.println("  " + a.at() + "  " + a.action() + (a.matchId() == null ? "" : " match " + a.matchId())
                    + " by " + a.actor() + (a.reason() == null ? "" : ": " + a.reason()));
        }
        out.flush();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Cases, newest first (open ones by default).")
    static final class ListCases extends StoreSubcommand {
        @Option(names = "--status", defaultValue = "open", description = "open, released, rejected or all.")
        String status;

        @Option(names = "--limit", defaultValue = "100", paramLabel = "N")
        int limit;

        @Mixin
        TextOrJsonFormat format;

        @Override
        void check() {
            if (!List.of("open", "released", "rejected", "all").contains(status)) {
                throw new IllegalArgumentException(
                        "--status must be open, released, rejected or all, not '" + status + "'");
            }
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
            }
        }

        @Override
        int run(LicitStore st, PrintWriter out) {
            CaseStatus s = status.equals("all") ? null : CaseStatus.valueOf(status.toUpperCase(Locale.ROOT));
            format.printAll(out, st.cases().list(s, limit), c -> {
                long pending = c.matches().stream()
                        .filter(m -> m.status() == MatchStatus.PENDING)
                        .count();
                out.printf(
                        "%5d  %-8s %-8s %-21s %s  %s  %d match(es), %d pending  %s%n",
                        c.id(),
                        c.status(),
                        c.kind(),
                        c.verdict(),
                        c.decisionId(),
                        c.openedAt(),
                        c.matches().size(),
                        pending,
                        c.orderId() == null ? "" : "order " + c.orderId());
            });
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A case with its matches and its history.")
    static final class Show extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(out, s.cases().get(id), format.value());
            return 0;
        }
    }

    /** What every review action shares beyond the store: the case, the output format, and who acts (from the store options). */
    abstract static class ReviewAction extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Mixin
        TextOrJsonFormat format;

        abstract ReviewCase act(LicitStore s, Actor actor);

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(out, act(s, store.actor()), format.value());
            return 0;
        }
    }

    @Command(
            name = "clear",
            mixinStandardHelpOptions = true,
            description =
                    "Clear a match as a false positive, with a reason; remembered for this party and this version of the list entry.")
    static final class Clear extends ReviewAction {
        @Option(names = "--match", required = true, paramLabel = "MATCH")
        long match;

        @Option(names = "--reason", required = true, description = "Why the party is not the listed one.")
        String reason;

        @Override
        ReviewCase act(LicitStore s, Actor actor) {
            return s.cases().clear(id, match, reason, actor);
        }
    }

    @Command(
            name = "confirm",
            mixinStandardHelpOptions = true,
            description = "Confirm a match: the party is the listed one.")
    static final class Confirm extends ReviewAction {
        @Option(names = "--match", required = true, paramLabel = "MATCH")
        long match;

        @Option(names = "--reason")
        String reason;

        @Override
        ReviewCase act(LicitStore s, Actor actor) {
            return s.cases().confirm(id, match, reason, actor);
        }
    }

    @Command(
            name = "release",
            mixinStandardHelpOptions = true,
            description =
                    "Release the order (every match reviewed first). A LICENSE_REQUIRED order still needs a license to ship.")
    static final class Release extends ReviewAction {
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        ReviewCase act(LicitStore s, Actor actor) {
            return s.cases().release(id, reason, actor);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject the order: it must not ship.")
    static final class Reject extends ReviewAction {
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        ReviewCase act(LicitStore s, Actor actor) {
            return s.cases().reject(id, reason, actor);
        }
    }
}
