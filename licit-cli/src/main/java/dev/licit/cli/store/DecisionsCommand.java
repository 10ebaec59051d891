package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.Verdict;
import dev.licit.store.LicitStore;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.DecisionQuery;
import dev.licit.store.decision.DecisionSummary;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordFonts;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.record.RecordPdfException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit decisions list|show|order|status|ship}: the recorded decisions. */
@Command(
        name = "decisions",
        mixinStandardHelpOptions = true,
        description =
                "Recorded decisions: list them, show one exactly as printed, its order, whether it may ship; record its shipment.",
        subcommands = {
            DecisionsCommand.ListDecisions.class,
            DecisionsCommand.Show.class,
            DecisionsCommand.OrderOf.class,
            DecisionsCommand.Status.class,
            DecisionsCommand.Ship.class,
            DecisionsCommand.RecordOf.class
        })
public final class DecisionsCommand extends CommandGroup {
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Recorded decisions, newest first (all unless --limit).")
    static final class ListDecisions extends StoreSubcommand {
        @Option(
                names = "--since",
                paramLabel = "DATE",
                converter = Dates.class,
                description = "Only decisions made on or after this day (UTC).")
        LocalDate since;

        @Option(
                names = "--until",
                paramLabel = "DATE",
                converter = Dates.class,
                description = "Only decisions made on or before this day (UTC).")
        LocalDate until;

        @Option(names = "--order", paramLabel = "ID", description = "Only the decisions of this order id.")
        String orderId;

        @Option(
                names = "--verdict",
                paramLabel = "VERDICT",
                description = "Only decisions with this verdict: ${COMPLETION-CANDIDATES}.")
        Verdict verdict;

        @Option(names = "--destination", paramLabel = "CC", description = "Only orders to this country (ISO code).")
        String destination;

        @Option(
                names = "--party",
                paramLabel = "TEXT",
                description = "Only orders with a party whose name contains TEXT.")
        String party;

        @Option(names = "--limit", paramLabel = "N", description = "At most N decisions.")
        Integer limit;

        @Option(
                names = "--format",
                defaultValue = "text",
                converter = FormatChoice.TextOrJson.class,
                completionCandidates = FormatChoice.TextOrJson.class,
                description = FormatChoice.DESCRIPTION + " json: one array.")
        OutputFormat format;

        @Override
        void check() {
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
            }
            if (since != null && until != null && until.isBefore(since)) {
                throw new IllegalArgumentException("--until " + until + " is before --since " + since);
            }
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            DecisionQuery query = new DecisionQuery(since, until, orderId, verdict, destination, party, limit, null);
            if (format == OutputFormat.JSON) {
                // streamed element by element: a full listing never sits in memory
                out.println("[");
                boolean[] first = {true};
                s.decisions().forEach(query, d -> {
                    out.print(first[0] ? "  " : ",\n  ");
                    first[0] = false;
                    out.print(StoreJson.line(json(d)));
                });
                out.println(first[0] ? "]" : "\n]");
            } else {
                s.decisions()
                        .forEach(
                                query,
                                d -> out.printf(
                                        "%s  %s  %-21s %s  %s%n",
                                        d.decisionId(),
                                        d.decidedAt(),
                                        d.verdict(),
                                        d.orderId() == null ? "-" : d.orderId(),
                                        d.actorDescribed()));
            }
            return 0;
        }

        private static String json(DecisionSummary d) {
            try {
                return Json.COMPACT.writeValueAsString(d);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "A decision exactly as it was printed when made.")
    static final class Show extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(
                names = "--format",
                defaultValue = "json",
                converter = FormatChoice.JsonOrJsonl.class,
                completionCandidates = FormatChoice.JsonOrJsonl.class,
                description =
                        FormatChoice.DESCRIPTION + " json: as check --format json printed it; jsonl: on one line.")
        OutputFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            StoredDecision d = s.decisions().get(id);
            out.println(format == OutputFormat.JSON ? Json.indentStored(d.document()) : StoreJson.line(d.document()));
            return 0;
        }
    }

    @Command(
            name = "order",
            mixinStandardHelpOptions = true,
            description = "The order of a decision exactly as it was submitted.")
    static final class OrderOf extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        int run(LicitStore s, PrintWriter out) {
            out.println(s.decisions().orderJson(id));
            return 0;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description =
                    "Whether the decided order may ship now: licenses, NAC notification and cases as they are today.")
    static final class Status extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            Authorization a = s.decisions().authorization(id);
            if (format.json()) {
                JsonOutput.print(out, a.toJson());
            } else {
                out.println(id + ": " + a.status() + (a.shippable() ? " (may ship)" : " (may not ship)"));
                out.println("  " + a.detail());
                for (Shipment sh : s.decisions().shipments(id)) {
                    out.println("  shipped " + sh.shippedOn()
                            + (sh.lines().isEmpty() ? "" : " units per line " + sh.lines())
                            + (sh.itn() == null ? "" : " ITN " + sh.itn())
                            + " (recorded by " + sh.actor() + " at " + sh.recordedAt() + ")");
                }
            }
            return 0;
        }
    }

    @Command(
            name = "ship",
            mixinStandardHelpOptions = true,
            description =
                    "Record that the decided order shipped (today unless --shipped-on); draws a license down. Refused unless"
                            + " the order may ship on that day: a dry run never ships, and a decision made under another"
                            + " day's rules must be made again.")
    static final class Ship extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(
                names = "--shipped-on",
                paramLabel = "DATE",
                converter = Dates.class,
                description = "The day it shipped (default today, UTC); the decision must be under that day's rules.")
        LocalDate shippedOn;

        @Option(
                names = "--lines",
                paramLabel = "N,N...",
                split = ",",
                description = "A part: the units shipped of each order line, in the order's item order (0 for none);"
                        + " default all that is left of every line.")
        List<Long> lines;

        @Option(names = "--itn", description = "The AES Internal Transaction Number (X20260105123456).")
        String itn;

        @Option(names = "--awb", description = "The air waybill or bill of lading number.")
        String awb;

        @Option(names = "--invoice", description = "The commercial invoice number.")
        String invoice;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            Shipment sh = s.decisions()
                    .recordShipment(id, shippedOn, new Shipment.Request(lines, itn, awb, invoice), store.actor());
            if (format.json()) {
                JsonOutput.print(out, sh);
            } else {
                out.println("shipment of " + id + " recorded on " + sh.shippedOn()
                        + (sh.licenseNumber() == null
                                ? ""
                                : " under license " + sh.licenseNumber() + ": drew " + sh.quantity() + " units"
                                        + (sh.valueUsd() == null
                                                ? ""
                                                : ", USD " + sh.valueUsd().toPlainString()))
                        + (sh.notificationId() == null ? "" : " under NAC notification " + sh.notificationId()));
            }
            return 0;
        }
    }

    @Command(
            name = "record",
            mixinStandardHelpOptions = true,
            description = "The printable record of a decision (HTML or PDF): order, classification, screening,"
                    + " review, license or NAC, shipment, rulebook hash and audit sequence numbers. The PDF"
                    + " embeds a TrueType font with Korean glyphs: Debian's fonts-nanum, or the .ttf file"
                    + " named by LICIT_PDF_FONT (and LICIT_PDF_FONT_BOLD).")
    static final class RecordOf extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or ko (default en).")
        String lang;

        @Option(
                names = "--format",
                defaultValue = "html",
                converter = FormatChoice.HtmlOrPdf.class,
                completionCandidates = FormatChoice.HtmlOrPdf.class,
                description = FormatChoice.DESCRIPTION + " PDF needs --output.")
        OutputFormat recordFormat;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        java.nio.file.Path output;

        private RecordFonts fonts;

        @Override
        void check() {
            RecordLanguage.parse(lang);
            if (recordFormat == OutputFormat.PDF) {
                if (output == null) {
                    throw new IllegalArgumentException(
                            "--format pdf writes a file: name it with --output FILE (a PDF is not sent to a terminal)");
                }
                // the font is found before the store opens: a missing font says what to install, and
                // exits 2 like any other thing to set right before the command can run
                try {
                    fonts = RecordFonts.locate(System.getenv());
                } catch (RecordPdfException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            DecisionRecords records = new DecisionRecords(s, s.config().clock());
            StoredDecision sd = s.decisions().get(id);
            RecordLanguage language = RecordLanguage.parse(lang);
            if (output == null) {
                out.print(records.html(sd, language));
                out.flush();
                return 0;
            }
            byte[] bytes;
            try {
                bytes = recordFormat == OutputFormat.PDF
                        ? records.pdf(sd, language, fonts)
                        : records.html(sd, language).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } catch (RecordPdfException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            try {
                // written whole to a temporary file, then moved: never a half-written record
                java.nio.file.Path tmp = java.nio.file.Files.createTempFile(
                        output.toAbsolutePath().getParent(), ".record-", ".tmp");
                java.nio.file.Files.write(tmp, bytes);
                java.nio.file.Files.move(
                        tmp,
                        output,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
            }
            out.println("record of " + id + " written to " + output + " (" + recordFormat.word() + ")");
            out.flush();
            return 0;
        }
    }
}
