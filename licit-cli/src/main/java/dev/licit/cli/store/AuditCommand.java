package dev.licit.cli.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.json.Json;
import dev.licit.store.LicitStore;
import dev.licit.store.audit.AuditEntry;
import dev.licit.store.audit.AuditHead;
import dev.licit.store.audit.AuditLog;
import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.AuditKey;
import dev.licit.store.keys.KeyService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licit audit verify|head|export|log}: the hash-chained audit trail. {@code verify} exits 1
 * and names the first bad seq when the trail was tampered with.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description =
                "The audit trail: verify the hash chain, print its head for anchoring, export it for an auditor, read it.",
        subcommands = {
            AuditCommand.Verify.class,
            AuditCommand.Head.class,
            AuditCommand.Export.class,
            AuditCommand.Log.class
        })
public final class AuditCommand extends CommandGroup {
    // Not a StoreSubcommand: with --file it verifies without a store, and it reports (to stderr too) after the store is
    // closed.
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description =
                    "Verify the chain (and the decisions it covers), or an export file with --file. Exit 0 when it holds, 1 when it is broken.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Option(
                names = "--file",
                paramLabel = "EXPORT",
                description = "Verify an export file on its own, without the store.")
        Path file;

        @Option(
                names = "--anchor",
                paramLabel = "SEQ:HASH",
                description = "A head printed earlier by 'audit head': the chain must still contain it.")
        String anchor;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() {
            long anchorSeq = 0;
            String anchorHash = null;
            if (anchor != null) {
                String[] parts = anchor.split(":", 2);
                if (parts.length != 2 || !parts[0].matches("[0-9]+") || !parts[1].matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException(
                            "--anchor must be SEQ:HASH as 'licit audit head' prints it, got '" + anchor + "'");
                }
                anchorSeq = Long.parseLong(parts[0]);
                anchorHash = parts[1];
            }
            ChainCheck check;
            String anchorProblem = null;
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("--file: " + file + " is not a readable file");
                }
                // keyed rows need the key: LICIT_AUDIT_KEY, else the home's key file (never made here)
                check = AuditLog.verifyExport(
                        file, AuditKey.existing(Home.resolve()).orElse(null));
                if (check.ok()
                        && anchorHash != null
                        && !(anchorSeq == check.lastSeq() && anchorHash.equals(check.lastHash()))
                        && !AnchorInFile.contains(file, anchorSeq, anchorHash)) {
                    anchorProblem = "the export does not contain the anchor seq " + anchorSeq + " with that hash";
                }
            } else {
                try (LicitStore s = store.open()) {
                    check = s.audit().verify();
                    if (check.ok() && anchorHash != null && !s.audit().matchesAnchor(anchorSeq, anchorHash)) {
                        anchorProblem = "the chain does not contain the anchor: seq " + anchorSeq
                                + " is missing or has another hash (the trail was truncated or rewritten since)";
                    }
                }
            }
            boolean ok = check.ok() && anchorProblem == null;
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("ok", ok);
                m.put("rows", check.rows());
                m.put("lastSeq", check.lastSeq());
                m.put("lastHash", check.lastHash());
                m.put("firstBadSeq", anchorProblem != null ? Long.valueOf(anchorSeq) : check.firstBadSeq());
                m.put("problem", anchorProblem != null ? anchorProblem : check.problem());
                JsonOutput.print(out, m);
            } else if (ok) {
                out.println("audit trail verified: " + check.lastSeq() + " rows, head " + check.lastSeq() + ":"
                        + check.lastHash());
                out.flush();
            }
            if (!ok) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(
                        "licit audit verify: BROKEN at seq " + (anchorProblem != null ? anchorSeq : check.firstBadSeq())
                                + ": " + (anchorProblem != null ? anchorProblem : check.problem()));
                err.flush();
                return 1;
            }
            return 0;
        }
    }

    /** Looks up one row of an export file by seq. */
    static final class AnchorInFile {
        private AnchorInFile() {}

        static boolean contains(Path file, long seq, String hash) {
            try (var lines = Files.lines(file)) {
                String needle = "\"seq\":" + seq + ",";
                return lines.anyMatch(l -> l.startsWith("{" + needle) && l.contains("\"hash\":\"" + hash + "\""));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "head",
            mixinStandardHelpOptions = true,
            description =
                    "Print the latest seq and hash (SEQ:HASH). Write it down elsewhere: it makes truncation detectable.")
    static final class Head extends StoreSubcommand {
        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            AuditHead head = s.audit().head();
            if (format.json()) {
                JsonOutput.print(out, head);
            } else {
                out.println(head.anchor());
            }
            return 0;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Write the whole trail, with the decision records, to a self-verifying JSON-lines file (check it with 'audit verify --file').")
    static final class Export extends StoreSubcommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        int run(LicitStore s, PrintWriter out) {
            AuditLog.ExportSummary summary = s.audit().export(file, s.config());
            out.println("exported " + summary.headSeq() + " rows to " + file + "; head " + summary.headSeq() + ":"
                    + summary.headHash());
            return 0;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true, description = "Read the trail from a seq on.")
    static final class Log extends StoreSubcommand {
        @Option(names = "--from", defaultValue = "1", paramLabel = "SEQ")
        long from;

        @Option(names = "--limit", defaultValue = "100", paramLabel = "N")
        int limit;

        @Mixin
        TextOrJsonFormat format;

        @Override
        void check() {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
            }
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            var rows = s.audit().entries(from, limit);
            // the holder's name beside an API key's id (issue 18), looked up now as GET /v1/audit does: the
            // recorded actor is never rewritten, the name is an added field (actorName) and text beside it
            Map<String, String> holders = s.keys().holders();
            if (format.json()) {
                ArrayNode doc = Json.COMPACT.createArrayNode();
                for (AuditEntry e : rows) {
                    ObjectNode o = Json.COMPACT.valueToTree(e);
                    String name = KeyService.holderOf(e.actor(), holders);
                    if (name != null) {
                        o.put("actorName", name);
                    }
                    doc.add(o);
                }
                JsonOutput.print(out, doc);
            } else {
                for (AuditEntry e : rows) {
                    out.printf(
                            "%6d  %s  %-20s %-18s %s  %s%n",
                            e.seq(),
                            e.recordedAt(),
                            e.kind(),
                            e.subject(),
                            KeyService.withHolder(e.actor(), holders),
                            e.payload());
                }
            }
            return 0;
        }
    }
}
