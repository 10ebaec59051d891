package dev.licit.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.io.Csv;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.Verdict;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.server.auth.Authenticator;
import dev.licit.server.auth.Role;
import dev.licit.server.http.Json;
import dev.licit.server.http.Problem;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.DecisionQuery;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.desk.OrderDesk;
import dev.licit.store.keys.IssuedKey;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyScope;
import dev.licit.store.keys.KeyService;
import dev.licit.store.license.License;
import dev.licit.store.license.NewLicense;
import dev.licit.store.nac.Notification;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordFonts;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.record.RecordPdfException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/** Decisions, cases, licenses, notifications, lists, audit and keys: everything kept in the store. */
public final class StoreApi {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreApi.class);
    private static final ObjectMapper RECORDS = dev.licit.core.json.Json.COMPACT;

    private final LicitStore store;
    private final ScreeningSource screening;
    private final OrderDesk desk;
    private final OrderReader orders;
    private volatile RecordFonts fonts;

    /** @param ages how old the lists are at each decision (its dates and the stale-list warning go in it) */
    public StoreApi(
            LicitStore store,
            ScreeningSource screening,
            Rulebook rulebook,
            ChipCatalog catalog,
            OrderDesk.ListAgeCheck ages) {
        this.store = store;
        this.screening = screening;
        this.desk = new OrderDesk(
                store,
                new DecisionEngine(rulebook),
                screening::screener,
                () -> store.ownership().graph(),
                ages);
        this.orders = new OrderReader(rulebook.countries(), catalog);
    }

    public void register(RoutesConfig r) {
        Role[] all = Role.values();
        Role[] review = {Role.REVIEWER, Role.ADMIN};
        // issue 13: "only reviewers and admins may decide under another date" (a dry run that never ships);
        // a reviewer who submits is the submitter for four eyes and cannot release that case
        r.post("/v1/decisions", this::decide, Role.REQUESTER, Role.REVIEWER, Role.ADMIN);
        r.get("/v1/decisions", this::listDecisions, all);
        r.get("/v1/decisions/{id}", this::decision, all);
        r.get("/v1/decisions/{id}/record", this::record, all);
        r.get(
                "/v1/decisions/{id}/authorization",
                ctx -> Json.send(
                        ctx,
                        200,
                        authorization(
                                store.decisions().authorization(visible(ctx).id()))),
                all);
        r.post("/v1/decisions/{id}/shipments", this::ship, Role.REQUESTER, Role.ADMIN);
        r.get(
                "/v1/decisions/{id}/shipments",
                ctx -> send(ctx, store.decisions().shipments(visible(ctx).id())),
                all);
        new CaseApi(store, screening).register(r); // the review workbench (issue 18)
        r.get("/v1/licenses", ctx -> send(ctx, licenses(store.licenses().list())), review);
        r.post("/v1/licenses", this::registerLicense, Role.ADMIN);
        r.post(
                "/v1/licenses/{number}/revoke",
                ctx -> send(
                        ctx,
                        license(store.licenses()
                                .revoke(ctx.pathParam("number"), text(Json.body(ctx), "reason", true), actor(ctx)))),
                Role.ADMIN);
        r.get("/v1/licenses/{number}/history", this::licenseHistory, review);
        r.post(
                "/v1/notifications/{id}/license-required",
                ctx -> send(
                        ctx,
                        notification(store.notifications()
                                .licenseRequired(
                                        longParam(ctx, "id"), text(Json.body(ctx), "note", false), actor(ctx)))),
                Role.ADMIN);
        r.get(
                "/v1/notifications",
                ctx -> send(ctx, notifications(store.notifications().list())),
                review);
        r.post("/v1/notifications", this::fileNotification, Role.ADMIN);
        r.post(
                "/v1/notifications/{id}/number",
                ctx -> send(
                        ctx,
                        notification(store.notifications()
                                .recordNumber(
                                        longParam(ctx, "id"), text(Json.body(ctx), "bisNumber", true), actor(ctx)))),
                Role.ADMIN);
        r.get("/v1/lists", this::lists, review);
        r.post("/v1/lists/imports", this::importLists, Role.ADMIN);
        r.get("/v1/audit", this::audit, Role.ADMIN);
        r.get("/v1/audit/head", ctx -> send(ctx, store.audit().head()), Role.ADMIN);
        r.get("/v1/audit/verify", ctx -> send(ctx, store.audit().verify()), Role.ADMIN);
        r.get("/v1/keys", ctx -> send(ctx, store.keys().list()), Role.ADMIN);
        r.post("/v1/keys", this::createKey, Role.ADMIN);
        r.post(
                "/v1/keys/{id}/revoke",
                ctx -> send(ctx, store.keys().revoke(ctx.pathParam("id"), actor(ctx))),
                Role.ADMIN);
    }

    /**
     * The audit record of an ad-hoc screen: who asked, the name and country, the snapshot and each
     * hit (list, entry, listed name, score, band).
     */
    public CoreApi.ScreenLog screenLog() {
        return (ctx, name, country, screened, matches) -> {
            List<ObjectNode> hits = new ArrayList<>();
            for (JsonNode m : matches) {
                ObjectNode o = RECORDS.createObjectNode();
                for (String f : List.of("list", "entryId", "listedName", "score", "band")) {
                    o.set(f, m.get(f));
                }
                hits.add(o);
            }
            store.audit().screened(actor(ctx), name, country, screened.snapshotId(), hits);
        };
    }

    /** An order in, a decision out: screened, decided, durably stored and audited (the order desk) before it is returned. */
    private void decide(Context ctx) {
        String text = Json.bodyText(ctx);
        LocalDate asOf = ctx.queryParam("asOf") == null ? null : date(ctx.queryParam("asOf"), "asOf");
        Order order;
        try {
            order = orders.read("request", text, asOf == null);
        } catch (InputException e) {
            throw Problem.badRequest(e.getMessage());
        }
        OrderDesk.Decided decided;
        try {
            decided = desk.decide(order, text, asOf, Postures.NONE); // the order states its postures
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        requesterDecidesToday(ctx, asOf, order);
        StoredDecision sd;
        try {
            sd = desk.record(decided, actor(ctx)).join().stored();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        ctx.header("Location", "/v1/decisions/" + sd.id());
        if (sd.caseId() != null) {
            // the review case the decision opened (the UI links to it); the stored document is left as signed
            ctx.header("X-Licit-Case-Id", Long.toString(sd.caseId()));
        }
        ctx.status(201).contentType("application/json").result(dev.licit.core.json.Json.indentStored(sd.document()));
    }

    /**
     * Issue 13: the rules date is not the requester's to choose. A requester decides under today's
     * rules only (no {@code asOf}, an order {@code date} of today); anything else is a 403 naming the
     * field, before anything is stored. A reviewer or an admin may ask for another date: the store
     * records the decision as a dry run that never ships.
     */
    private void requesterDecidesToday(Context ctx, LocalDate asOf, Order order) {
        Authenticator.Principal p = ctx.attribute("licit.principal");
        if (p == null || p.role() != Role.REQUESTER) {
            return;
        }
        LocalDate today = store.decisions().today();
        if (asOf != null && !asOf.equals(today)) {
            throw Problem.forbidden("asOf: a requester decides under today's rules (" + today + "), not " + asOf
                    + "; only a reviewer or an admin may ask for another date, and gets a dry run that never ships");
        }
        if (asOf == null && order.date() != null && !order.date().equals(today)) {
            throw Problem.forbidden("date: a requester's order is decided under today's rules: its date must be "
                    + today + ", not " + order.date()
                    + "; only a reviewer or an admin may ask for another date, and gets a dry run that never ships");
        }
    }

    /**
     * Whose decisions the caller sees: all for reviewers, admins and requester keys of team scope;
     * a requester key of scope own sees the decisions it submitted.
     */
    private static Actor onlyOf(Context ctx) {
        Authenticator.Principal p = ctx.attribute("licit.principal");
        return p != null && p.role() == Role.REQUESTER && !p.team() ? actor(ctx) : null;
    }

    /** The decision of the path, when the caller may see it; another's is "not found" (no probing of ids). */
    private StoredDecision visible(Context ctx) {
        String id = ctx.pathParam("id");
        return store.decisions()
                .findFor(id, onlyOf(ctx))
                .orElseThrow(() -> Problem.notFound("no decision " + id
                        + (onlyOf(ctx) == null ? "" : " among this key's own decisions (its scope is own)")));
    }

    /** The query parameters {@code GET /v1/decisions} knows; any other is refused, never ignored. */
    private static final java.util.Set<String> DECISION_SEARCH =
            java.util.Set.of("since", "until", "orderId", "verdict", "destination", "party", "limit", "format");

    private void listDecisions(Context ctx) {
        knownQueryOnly(ctx, DECISION_SEARCH);
        LocalDate since = ctx.queryParam("since") == null ? null : date(ctx.queryParam("since"), "since");
        LocalDate until = ctx.queryParam("until") == null ? null : date(ctx.queryParam("until"), "until");
        Verdict verdict = null;
        String v = ctx.queryParam("verdict");
        if (v != null && !v.isBlank()) {
            try {
                verdict = Verdict.valueOf(v.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest(
                        "verdict must be one of " + java.util.Arrays.toString(Verdict.values()) + ", not " + v);
            }
        }
        DecisionQuery query;
        try {
            query = new DecisionQuery(
                    since,
                    until,
                    ctx.queryParam("orderId"),
                    verdict,
                    ctx.queryParam("destination"),
                    ctx.queryParam("party"),
                    intParam(ctx, "limit", 100, 10_000),
                    onlyOf(ctx));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank() || format.equals("json")) {
            send(ctx, store.decisions().list(query));
        } else if (format.equals("csv")) {
            decisionsCsv(ctx, query);
        } else {
            throw Problem.badRequest("format must be json or csv, not " + format);
        }
    }

    /** The listing as CSV for a spreadsheet (cells neutralised against formula injection); at most the query's limit of rows. */
    private void decisionsCsv(Context ctx, DecisionQuery query) {
        StringBuilder out = new StringBuilder(4_096);
        out.append(Csv.line(
                        "decisionId",
                        "decidedAt",
                        "orderId",
                        "destination",
                        "verdict",
                        "actor",
                        "actorVerified",
                        "listSnapshot",
                        "rulebookSha256"))
                .append("\r\n");
        store.decisions()
                .forEach(
                        query,
                        d -> out.append(Csv.line(
                                        d.decisionId(),
                                        d.decidedAt(),
                                        d.orderId(),
                                        d.destination(),
                                        d.verdict(),
                                        d.actor(),
                                        d.actorVerified() == null
                                                ? ""
                                                : d.actorVerified().toString(),
                                        d.listSnapshot(),
                                        d.rulebookSha256()))
                                .append("\r\n"));
        ctx.header("Content-Disposition", "attachment; filename=\"decisions.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    /** Refuses a query parameter the route does not know (a misspelt filter would otherwise list everything). */
    private static void knownQueryOnly(Context ctx, java.util.Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw Problem.badRequest("unknown query parameter '" + name + "'; known: "
                        + known.stream().sorted().collect(java.util.stream.Collectors.joining(", ")));
            }
        }
    }

    /**
     * The printable record (issue 18, point 4): HTML, or PDF when {@code Accept} prefers
     * {@code application/pdf}; in Korean when {@code ?lang=ko}, or without it when {@code Accept-Language}
     * puts {@code ko} first. A type
     * that is neither is refused with 406 naming both.
     */
    private void record(Context ctx) {
        knownQueryOnly(ctx, java.util.Set.of("lang"));
        StoredDecision sd = visible(ctx);
        // ?lang=en|ko: the UI's language, which a link cannot put in Accept-Language; else the header's
        String asked = ctx.queryParam("lang");
        RecordLanguage lang;
        try {
            lang = asked == null ? RecordLanguage.of(ctx.header("Accept-Language")) : RecordLanguage.parse(asked);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        DecisionRecords records = new DecisionRecords(store, store.config().clock());
        if (RecordType.of(ctx.header("Accept")) == RecordType.PDF) {
            byte[] pdf;
            try {
                pdf = records.pdf(sd, lang, recordFonts());
            } catch (RecordPdfException e) {
                LOG.warn("PDF record of {} not made: {}", sd.id(), e.getMessage());
                throw new Problem(503, "PDF unavailable", e.forClients());
            }
            ctx.header("Content-Disposition", "inline; filename=\"" + sd.id() + ".pdf\"");
            ctx.contentType("application/pdf").result(pdf);
            return;
        }
        String html = records.html(sd, lang);
        ctx.header("Content-Security-Policy", DecisionRecords.STYLE_CSP);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /** The fonts of PDF records, found on the first PDF asked for (a server without them still serves HTML). */
    private RecordFonts recordFonts() {
        RecordFonts f = fonts;
        if (f == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = RecordFonts.locate(System.getenv());
                }
                f = fonts;
            }
        }
        return f;
    }

    /** What a record's {@code Accept} header asks for: the better of HTML and PDF by q, the earlier on a tie. */
    enum RecordType {
        HTML,
        PDF;

        static RecordType of(String accept) {
            if (accept == null || accept.isBlank()) {
                return HTML;
            }
            RecordType best = null;
            double bestQ = 0;
            for (String part : accept.split(",")) {
                String[] fields = part.split(";");
                String type = fields[0].strip().toLowerCase(java.util.Locale.ROOT);
                double q = 1;
                for (int i = 1; i < fields.length; i++) {
                    String f = fields[i].strip();
                    if (f.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(f.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                RecordType t = switch (type) {
                    case "text/html", "text/*", "*/*", "application/xhtml+xml" -> HTML;
                    case "application/pdf", "application/*" -> PDF;
                    default -> null;
                };
                if (t != null && q > bestQ) {
                    best = t;
                    bestQ = q;
                }
            }
            if (best == null) {
                throw new Problem(
                        406,
                        "Not acceptable",
                        "the record is served as text/html or application/pdf (" + accept + " was asked)");
            }
            return best;
        }
    }

    private void decision(Context ctx) {
        ctx.contentType("application/json")
                .result(dev.licit.core.json.Json.indentStored(visible(ctx).document()));
    }

    /** The fields a shipment takes; any other is refused, never ignored. */
    private static final java.util.Set<String> SHIPMENT_FIELDS =
            java.util.Set.of("shippedOn", "lines", "itn", "awb", "invoice");

    /**
     * A shipment of a decision the caller may see, on {@code shippedOn} (default today): all that is
     * left of the order, or the units of each line in {@code lines} (a part), with its references.
     */
    private void ship(Context ctx) {
        StoredDecision sd = visible(ctx);
        LocalDate shippedOn = null;
        dev.licit.store.decision.Shipment.Request request = dev.licit.store.decision.Shipment.Request.WHOLE;
        if (!ctx.body().isBlank()) {
            JsonNode b = Json.body(ctx);
            if (!b.isObject()) {
                throw Problem.badRequest("a shipment is a JSON object");
            }
            for (var names = b.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!SHIPMENT_FIELDS.contains(name)) {
                    throw Problem.badRequest("'" + name + "': unknown field; a shipment takes "
                            + SHIPMENT_FIELDS.stream().sorted().collect(java.util.stream.Collectors.joining(", ")));
                }
            }
            String on = text(b, "shippedOn", false);
            shippedOn = on == null ? null : date(on, "shippedOn");
            List<Long> lines = null;
            JsonNode l = b.get("lines");
            if (l != null && !l.isNull()) {
                if (!l.isArray()) {
                    throw Problem.badRequest("'lines' must be a list of the units shipped of each order line");
                }
                lines = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    if (!l.get(i).canConvertToLong() || !l.get(i).isIntegralNumber()) {
                        throw Problem.badRequest("'lines/" + i + "' must be a whole number of units");
                    }
                    lines.add(l.get(i).asLong());
                }
            }
            request = new dev.licit.store.decision.Shipment.Request(
                    lines, text(b, "itn", false), text(b, "awb", false), text(b, "invoice", false));
        }
        send(ctx, 201, store.decisions().recordShipment(sd.id(), shippedOn, request, actor(ctx)));
    }

    private void registerLicense(Context ctx) {
        JsonNode b = Json.body(ctx);
        List<String> eccns = strings(b, "eccns");
        List<String> parties = strings(b, "parties");
        NewLicense l = new NewLicense(
                text(b, "number", true),
                eccns,
                text(b, "destination", true),
                parties,
                b.hasNonNull("quantityLimit") ? b.get("quantityLimit").asLong() : null,
                b.hasNonNull("valueLimitUsd")
                        ? new BigDecimal(b.get("valueLimitUsd").asText())
                        : null,
                date(text(b, "validFrom", true), "validFrom"),
                date(text(b, "validTo", true), "validTo"),
                text(b, "conditions", false));
        // with a decisionId, the license covers exactly that decision's order content (issue 13)
        send(ctx, 201, license(store.licenses().register(l, text(b, "decisionId", false), actor(ctx))));
    }

    /**
     * What happened to a license, oldest first, from the audit trail: its registration, every
     * draw-down (the decision, units and value drawn, what was left) and its revocation.
     */
    private void licenseHistory(Context ctx) {
        String number = ctx.pathParam("number");
        if (store.licenses().get(number).isEmpty()) {
            throw Problem.notFound("no license " + number);
        }
        ArrayNode out = RECORDS.createArrayNode();
        for (var e : store.audit().about("license:" + number)) {
            ObjectNode o = out.addObject();
            o.put("seq", e.seq());
            o.put("recordedAt", e.recordedAt());
            o.put("actor", e.actor());
            o.put("kind", e.kind());
            try {
                o.set("details", RECORDS.readTree(e.payload()));
            } catch (IOException ex) {
                o.put("details", e.payload());
            }
        }
        Json.send(ctx, 200, out);
    }

    private void fileNotification(Context ctx) {
        JsonNode b = Json.body(ctx);
        send(
                ctx,
                201,
                notification(store.notifications()
                        .file(
                                text(b, "decisionId", true),
                                date(text(b, "filedOn", true), "filedOn"),
                                text(b, "bisNumber", false),
                                actor(ctx))));
    }

    /**
     * A license as the API, the UI and the CLI show it: its record plus what is left of it (the record
     * keeps the used amounts; the UI read {@code quantityRemaining}, absent before, as "no limit").
     */
    private static ObjectNode license(License l) {
        ObjectNode o = RECORDS.valueToTree(l);
        o.put("quantityRemaining", l.quantityRemaining());
        o.put("valueRemainingUsd", l.valueRemainingUsd());
        o.put("exhausted", l.exhausted());
        // the name a license is registered with (NewLicense.decisionId), beside the stored filedFor:
        // the contract test found the answer without the field its request names (issue 18, point 1)
        o.put("decisionId", l.filedFor());
        return o;
    }

    private static ArrayNode licenses(List<License> all) {
        ArrayNode arr = RECORDS.createArrayNode();
        all.forEach(l -> arr.add(license(l)));
        return arr;
    }

    /** A NAC notification with the day its 25-day waiting period ends (740.8(c)), which the record derives. */
    private static ObjectNode notification(Notification n) {
        ObjectNode o = RECORDS.valueToTree(n);
        o.put("waitingPeriodEnds", n.waitingPeriodEnds().toString());
        return o;
    }

    /**
     * An authorization as this route always gave it, its notification with the day the waiting period
     * ends, as the authorization embedded in a decision has it.
     */
    private static ObjectNode authorization(Authorization a) {
        ObjectNode o = RECORDS.valueToTree(a);
        if (a.notification() != null) {
            o.set("notification", notification(a.notification()));
        }
        return o;
    }

    private static ArrayNode notifications(List<Notification> all) {
        ArrayNode arr = RECORDS.createArrayNode();
        all.forEach(n -> arr.add(notification(n)));
        return arr;
    }

    private void lists(Context ctx) throws IOException {
        ObjectNode o = Json.object();
        o.put("current", screening.snapshotId());
        ArrayNode arr = o.putArray("snapshots");
        List<SnapshotInfo> infos = new ArrayList<>(screening.store().list());
        if (infos.stream().noneMatch(i -> i.id().equals(screening.snapshotId()))) {
            infos.add(0, dev.licit.screening.ListStore.curated().info());
        }
        for (SnapshotInfo i : infos) {
            arr.add(RECORDS.valueToTree(i));
        }
        Json.ok(ctx, o);
    }

    /** Multipart upload of list files: an immutable snapshot, switched to atomically, then re-screening. */
    private void importLists(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw Problem.badRequest("upload one or more list files in the multipart field 'files'");
        }
        Path dir = Files.createTempDirectory("licit-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            for (UploadedFile f : files) {
                Path p = dir.resolve(uploadName(f.filename()));
                try (InputStream in = f.content()) {
                    Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                }
                paths.add(p);
            }
            ListSnapshot previous = screening.store().current();
            SnapshotInfo info;
            try {
                info = screening.store().importFiles(paths, !"false".equals(ctx.queryParam("curated")));
            } catch (dev.licit.screening.imports.ImportException e) {
                throw Problem.badRequest(e.getMessage());
            }
            // built once and written as the snapshot's prepared index, which the server's screening then reads
            Screener current = ScreenerIndex.load(screening.store(), info.id(), Thresholds.DEFAULT)
                    .screener();
            ObjectNode o = Json.object();
            o.set("snapshot", RECORDS.valueToTree(info));
            o.set("rescreening", RECORDS.valueToTree(store.rescreening().afterImport(previous, current, actor(ctx))));
            Json.send(ctx, 201, o);
        } finally {
            try (var s = Files.list(dir)) {
                s.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The last segment of an uploaded file's name, in safe characters. A name that is no file name
     * ({@code .}, {@code ..}, empty, a bare directory) is refused: it would resolve to the upload
     * directory or its parent (an HTTP 500, issue 13) instead of a file in it.
     */
    static String uploadName(String given) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).trim();
        if (base.isEmpty() || base.matches("\\.+")) {
            throw Problem.badRequest("each uploaded file needs a file name (not empty, '.' or '..'); got '"
                    + (given == null ? "" : given.length() > 100 ? given.substring(0, 100) : given) + "'");
        }
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The query parameters {@code GET /v1/audit} knows; any other is refused, never ignored. */
    private static final java.util.Set<String> AUDIT_SEARCH =
            java.util.Set.of("from", "to", "limit", "kind", "actor", "subject", "since", "until", "q", "dir", "format");

    /**
     * Audit rows, oldest first from {@code from} as before, or filtered and newest first; as JSON or,
     * with {@code format=csv}, as a spreadsheet of the same rows (payloads and hashes included).
     */
    private void audit(Context ctx) {
        knownQueryOnly(ctx, AUDIT_SEARCH);
        String dir = ctx.queryParam("dir");
        if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
            throw Problem.badRequest("dir must be asc or desc, not " + dir);
        }
        dev.licit.store.audit.AuditQuery q;
        try {
            q = new dev.licit.store.audit.AuditQuery(
                    ctx.queryParam("kind"),
                    ctx.queryParam("actor"),
                    ctx.queryParam("subject"),
                    ctx.queryParam("since") == null ? null : date(ctx.queryParam("since"), "since"),
                    ctx.queryParam("until") == null ? null : date(ctx.queryParam("until"), "until"),
                    ctx.queryParam("q"),
                    ctx.queryParam("from") == null ? 1L : longQuery(ctx, "from"),
                    ctx.queryParam("to") == null ? null : longQuery(ctx, "to"),
                    "desc".equals(dir),
                    intParam(ctx, "limit", 100, 10_000));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        List<dev.licit.store.audit.AuditEntry> rows = store.audit().search(q);
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank() || format.equals("json")) {
            // each entry as recorded, and the holder's name beside an API key's id (issue 18, point 7): the
            // name is looked up now, so a key renamed later shows its holder's present name
            var holders = store.keys().holders();
            ArrayNode out = RECORDS.createArrayNode();
            for (var e : rows) {
                ObjectNode o = (ObjectNode) RECORDS.valueToTree(e);
                String name = KeyService.holderOf(e.actor(), holders);
                if (name != null) {
                    o.put("actorName", name);
                }
                out.add(o);
            }
            send(ctx, out);
        } else if (format.equals("csv")) {
            StringBuilder out = new StringBuilder(8_192);
            out.append(Csv.line("seq", "recordedAt", "actor", "kind", "subject", "payload", "prevHash", "hash"))
                    .append("\r\n");
            for (var e : rows) {
                out.append(Csv.line(
                                Long.toString(e.seq()),
                                e.recordedAt(),
                                e.actor(),
                                e.kind(),
                                e.subject(),
                                e.payload(),
                                e.prevHash(),
                                e.hash()))
                        .append("\r\n");
            }
            ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(out.toString());
        } else {
            throw Problem.badRequest("format must be json or csv, not " + format);
        }
    }

    private void createKey(Context ctx) {
        JsonNode b = Json.body(ctx);
        String roleText = text(b, "role", true);
        KeyRole role;
        try {
            role = KeyRole.parse(roleText);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("role must be requester, reviewer or admin");
        }
        String scopeText = text(b, "scope", false);
        KeyScope scope = scopeText == null ? KeyScope.OWN : KeyScope.parse(scopeText);
        IssuedKey k = store.keys()
                .create(
                        text(b, "name", false) == null ? role.name().toLowerCase(Locale.ROOT) : text(b, "name", false),
                        role,
                        scope,
                        actor(ctx));
        ObjectNode o = (ObjectNode) RECORDS.valueToTree(k.key());
        o.put("key", k.secret());
        Json.send(ctx, 201, o);
    }

    static Actor actor(Context ctx) {
        Authenticator.Principal p = ctx.attribute("licit.principal");
        return Actor.of(p == null ? "api" : "api-key:" + p.keyId());
    }

    private static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    private static void send(Context ctx, int status, Object value) {
        Json.send(ctx, status, RECORDS.valueToTree(value));
    }

    private static String text(JsonNode b, String field, boolean required) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw Problem.badRequest("'" + field + "' is required");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw Problem.badRequest("'" + field + "' must be a string");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode b, String field) {
        JsonNode v = b.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw Problem.badRequest("'" + field + "' must be a list of strings");
        }
        v.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static long requiredLong(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw Problem.badRequest("'" + field + "' is required (a number)");
        }
        return v.asLong();
    }

    private static LocalDate date(String v, String field) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw Problem.badRequest("'" + field + "' is not a date of the form YYYY-MM-DD: " + v);
        }
    }

    private static long longParam(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw Problem.notFound("no such " + name + ": " + ctx.pathParam(name));
        }
    }

    private static long longQuery(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.queryParam(name));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("query parameter '" + name + "' must be a whole number");
        }
    }

    private static int intParam(Context ctx, String name, int dflt, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < 1 || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("query parameter '" + name + "' must be a whole number from 1 to " + max);
        }
    }
}
