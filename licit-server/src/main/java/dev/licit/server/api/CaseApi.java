package dev.licit.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.screening.list.ListEntry;
import dev.licit.server.auth.Role;
import dev.licit.server.http.Json;
import dev.licit.server.http.Problem;
import dev.licit.store.LicitStore;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.CaseMatch;
import dev.licit.store.review.CasePage;
import dev.licit.store.review.CaseQuery;
import dev.licit.store.review.CaseStatus;
import dev.licit.store.review.EntryVersion;
import dev.licit.store.review.MatchReasonCode;
import dev.licit.store.review.MatchStatus;
import dev.licit.store.review.ReviewCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review workbench's API (issue 18, point 2): the queue filtered, searched, sorted and paged in
 * the store; one case with what a reviewer weighs (the order, and per match our party beside the
 * listed entry's evidence); review actions with a reason code and a note.
 */
final class CaseApi {
    private static final ObjectMapper RECORDS = dev.licit.core.json.Json.COMPACT;

    /** The query parameters {@code GET /v1/cases} knows; any other is refused, never ignored. */
    static final Set<String> CASE_SEARCH =
            Set.of("status", "kind", "verdict", "destination", "q", "sort", "dir", "offset", "limit");

    /** The fields a review action takes; any other is refused. */
    private static final Set<String> ACTION_FIELDS = Set.of("matchId", "reason", "reasonCode", "note");

    private static final Set<String> VERDICTS =
            Set.of("NLR", "LICENSE_EXCEPTION", "NOTIFICATION_REQUIRED", "LICENSE_REQUIRED", "HOLD", "PROHIBITED");

    private final LicitStore store;
    private final ScreeningSource screening;

    public CaseApi(LicitStore store, ScreeningSource screening) {
        this.store = store;
        this.screening = screening;
    }

    public void register(RoutesConfig r) {
        Role[] review = {Role.REVIEWER, Role.ADMIN};
        r.get("/v1/cases", this::list, review);
        r.get("/v1/cases/{id}", this::detail, review);
        r.post("/v1/cases/{id}/{action}", this::act, review);
        r.get("/v1/cases/{id}/attachments/{attachment}", this::attachment, review);
    }

    /**
     * A page of the queue as a JSON array of cases (each with its order's {@code destination}), as
     * before; the number of cases the whole search found is the {@code X-Total-Count} header.
     */
    private void list(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!CASE_SEARCH.contains(name)) {
                throw Problem.badRequest("unknown query parameter '" + name + "'; known: "
                        + CASE_SEARCH.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        CaseStatus status = null;
        String s = ctx.queryParam("status");
        if (s != null && !s.isBlank() && !s.equalsIgnoreCase("all")) {
            status = parse(CaseStatus.class, s, "status", " or all");
        }
        CaseKind kind = null;
        String k = ctx.queryParam("kind");
        if (k != null && !k.isBlank()) {
            kind = parse(CaseKind.class, k, "kind", "");
        }
        String verdict = ctx.queryParam("verdict");
        if (verdict != null && !verdict.isBlank()) {
            verdict = verdict.strip().toUpperCase(Locale.ROOT);
            if (!VERDICTS.contains(verdict)) {
                throw Problem.badRequest("verdict must be one of "
                        + VERDICTS.stream().sorted().collect(Collectors.joining(", ")) + ", not " + verdict);
            }
        }
        String dir = ctx.queryParam("dir");
        boolean descending;
        if (dir == null || dir.isBlank() || dir.equalsIgnoreCase("desc")) {
            descending = true;
        } else if (dir.equalsIgnoreCase("asc")) {
            descending = false;
        } else {
            throw Problem.badRequest("dir must be asc or desc, not " + dir);
        }
        String sort = ctx.queryParam("sort");
        CaseQuery query = new CaseQuery(
                status,
                kind,
                verdict,
                ctx.queryParam("destination"),
                ctx.queryParam("q"),
                sort == null || sort.isBlank() ? CaseQuery.Sort.OPENED : CaseQuery.Sort.parse(sort),
                descending,
                whole(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                whole(ctx, "limit", 200, 1, 10_000));
        CasePage page = store.cases().search(query);
        ArrayNode arr = RECORDS.createArrayNode();
        for (CasePage.Row row : page.rows()) {
            ObjectNode c = caseJson(row.reviewCase());
            c.put("destination", row.destination());
            arr.add(c);
        }
        ctx.header("X-Total-Count", Long.toString(page.total()));
        Json.send(ctx, 200, arr);
    }

    /**
     * One case with what a reviewer weighs: the order (items with their classification and value,
     * destination, parties), per match our party beside the listed entry as the current list
     * snapshot has it, and, for a case about a license or a notification, whether one registered
     * since now covers the order.
     */
    private void detail(Context ctx) {
        ReviewCase rc = store.cases().get(caseId(ctx));
        ObjectNode c = caseJson(rc);
        Optional<StoredDecision> decision = store.decisions().find(rc.decisionId());
        JsonNode order = decision.map(d -> order(rc.decisionId())).orElse(null);
        JsonNode document = decision.map(d -> parse(d.document())).orElse(null);
        c.put("destination", order == null ? null : text(order, "destination"));
        if (order != null) {
            c.set("order", orderJson(order, document));
        }
        ArrayNode matches = (ArrayNode) c.get("matches");
        List<ListEntry> entries = screening.screener().snapshot().entries();
        for (int i = 0; i < rc.matches().size(); i++) {
            CaseMatch m = rc.matches().get(i);
            ObjectNode mo = (ObjectNode) matches.get(i);
            mo.set("party", partyJson(order, m));
            entries.stream()
                    .filter(e -> e.list().equals(m.list()) && e.entryId().equals(m.entryId()))
                    .findFirst()
                    .ifPresentOrElse(e -> mo.set("entry", entryJson(e, m)), () -> mo.putNull("entry"));
        }
        c.set("attachments", RECORDS.valueToTree(store.cases().attachments(rc.id())));
        if (rc.kind() == CaseKind.DECISION
                && rc.status() == CaseStatus.OPEN
                && ("LICENSE_REQUIRED".equals(rc.verdict()) || "NOTIFICATION_REQUIRED".equals(rc.verdict()))) {
            Authorization a = store.decisions().authorizationOnceReviewed(rc.decisionId());
            c.set("coverage", a.toJson());
        }
        Json.send(ctx, 200, c);
    }

    private void act(Context ctx) {
        long id = caseId(ctx);
        if (ctx.pathParam("action").equals("attachments")) {
            attach(ctx, id);
            return;
        }
        JsonNode body = Json.body(ctx);
        if (!body.isObject()) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ACTION_FIELDS.contains(name)) {
                throw Problem.badRequest("'" + name + "': unknown field; a review action takes "
                        + ACTION_FIELDS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        String reason = optional(body, "reason");
        String codeText = optional(body, "reasonCode");
        String note = optional(body, "note");
        MatchReasonCode code = codeText == null ? null : MatchReasonCode.parse(codeText);
        if (code != null && reason != null) {
            throw Problem.badRequest("give either reasonCode (with an optional note) or reason, not both");
        }
        var cases = store.cases();
        var actor = StoreApi.actor(ctx);
        ReviewCase after = switch (ctx.pathParam("action")) {
            case "clear" ->
                code == null
                        ? cases.clear(id, matchId(body), reason == null ? note : reason, actor)
                        : cases.clear(id, matchId(body), code, note, actor);
            case "confirm" ->
                code == null
                        ? cases.confirm(id, matchId(body), reason == null ? note : reason, actor)
                        : cases.confirm(id, matchId(body), code, note, actor);
            case "release" -> cases.release(id, reason == null ? note : reason, actor);
            case "reject" -> cases.reject(id, reason == null ? note : reason, actor);
            default ->
                throw Problem.notFound(
                        "no case action '" + ctx.pathParam("action") + "' (clear, confirm, release, reject)");
        };
        Json.send(ctx, 200, caseJson(after));
    }

    /**
     * A file attached to the case (multipart: {@code file}, and optionally {@code matchId} and
     * {@code note}); its SHA-256 goes into the audit trail.
     */
    private void attach(Context ctx, long id) {
        var files = ctx.uploadedFiles("file");
        if (files.size() != 1) {
            throw Problem.badRequest("upload exactly one file in the multipart field 'file'");
        }
        for (String name : ctx.formParamMap().keySet()) {
            if (!name.equals("matchId") && !name.equals("note") && !name.equals("file")) {
                throw Problem.badRequest("'" + name + "': unknown field; an attachment takes file, matchId and note");
            }
        }
        Long matchId = null;
        String m = ctx.formParam("matchId");
        if (m != null && !m.isBlank()) {
            try {
                matchId = Long.parseLong(m.strip());
            } catch (NumberFormatException e) {
                throw Problem.badRequest("'matchId' must be a match's number, not " + m);
            }
        }
        byte[] content;
        try (var in = files.getFirst().content()) {
            content = in.readNBytes(dev.licit.store.review.CaseAttachment.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw Problem.badRequest("the uploaded file could not be read");
        }
        var a = store.cases()
                .attach(id, matchId, files.getFirst().filename(), content, ctx.formParam("note"), StoreApi.actor(ctx));
        Json.send(ctx, 201, RECORDS.valueToTree(a));
    }

    /** An attached file's content, as a download (never rendered in the page), checked against its SHA-256. */
    private void attachment(Context ctx) {
        long id = caseId(ctx);
        long attachmentId;
        try {
            attachmentId = Long.parseLong(ctx.pathParam("attachment"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("no such attachment: " + ctx.pathParam("attachment"));
        }
        var meta = store.cases().attachments(id).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> Problem.notFound("case " + id + " has no attachment " + attachmentId));
        byte[] content = store.cases().attachmentContent(id, attachmentId);
        String safe = meta.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Licit-Sha256", meta.sha256());
        ctx.contentType("application/octet-stream").result(content);
    }

    /** A case as the API always gave it, each match with its {@code reasonCode} and {@code reasonNote} when it has one. */
    private static ObjectNode caseJson(ReviewCase rc) {
        ObjectNode c = RECORDS.valueToTree(rc);
        ArrayNode matches = (ArrayNode) c.get("matches");
        for (int i = 0; i < rc.matches().size(); i++) {
            CaseMatch m = rc.matches().get(i);
            String reason = m.status() == MatchStatus.PENDING ? m.proposedReason() : m.reviewReason();
            ObjectNode mo = (ObjectNode) matches.get(i);
            MatchReasonCode.of(reason).ifPresent(code -> {
                mo.put("reasonCode", code.name());
                mo.put("reasonNote", MatchReasonCode.noteOf(reason));
            });
        }
        return c;
    }

    private JsonNode order(String decisionId) {
        return parse(store.decisions().orderJson(decisionId));
    }

    /** The order as a reviewer reads it: each item with its quantity, unit value and classification. */
    private static ObjectNode orderJson(JsonNode order, JsonNode document) {
        ObjectNode o = RECORDS.createObjectNode();
        o.put("id", text(order, "id"));
        o.put("date", text(order, "date"));
        o.put("exportFrom", text(order, "exportFrom"));
        o.put("destination", text(order, "destination"));
        ArrayNode items = o.putArray("items");
        JsonNode decided = document == null ? null : document.get("items");
        JsonNode given = order.get("items");
        int n = given == null ? 0 : given.size();
        for (int i = 0; i < n; i++) {
            JsonNode g = given.get(i);
            JsonNode d = decided != null && decided.size() == n ? decided.get(i) : null;
            ObjectNode io = items.addObject();
            io.put("sku", text(g, "sku"));
            io.put("catalogId", text(g, "catalogId"));
            io.put("quantity", g.path("quantity").asLong());
            if (g.hasNonNull("unitValueUsd")) {
                io.put("unitValueUsd", g.get("unitValueUsd").decimalValue());
            } else {
                io.putNull("unitValueUsd");
            }
            io.put("eccn", d == null ? null : text(d, "eccn"));
            io.put("paragraph", d == null ? null : text(d, "paragraph"));
            io.put("verdict", d == null ? null : text(d, "verdict"));
        }
        ArrayNode parties = o.putArray("parties");
        JsonNode ps = order.get("parties");
        if (ps != null) {
            for (JsonNode p : ps) {
                parties.add(party(p));
            }
        }
        return o;
    }

    private static ObjectNode party(JsonNode p) {
        ObjectNode po = RECORDS.createObjectNode();
        po.put("role", text(p, "role"));
        po.put("name", text(p, "name"));
        po.put("country", text(p, "country"));
        po.put("address", text(p, "address"));
        po.put("headquarters", text(p, "headquarters"));
        return po;
    }

    /** Our party of a match: the order's party of that name (and country), or the match's own record of it. */
    private static ObjectNode partyJson(JsonNode order, CaseMatch m) {
        JsonNode ps = order == null ? null : order.get("parties");
        if (ps != null) {
            for (JsonNode p : ps) {
                if (m.partyName().equals(text(p, "name"))
                        && (m.partyCountry() == null || m.partyCountry().equalsIgnoreCase(text(p, "country")))) {
                    return party(p);
                }
            }
        }
        ObjectNode po = RECORDS.createObjectNode();
        po.putNull("role");
        po.put("name", m.partyName());
        po.put("country", m.partyCountry());
        po.putNull("address");
        po.putNull("headquarters");
        return po;
    }

    /**
     * The listed entry's evidence as the current snapshot has it; {@code current} says whether it is
     * still the version the match was made against (false: the publisher changed it since).
     */
    private static ObjectNode entryJson(ListEntry e, CaseMatch m) {
        ObjectNode o = RECORDS.createObjectNode();
        o.put("list", e.list());
        o.put("entryId", e.entryId());
        o.put("type", e.type());
        o.put("name", e.names().getFirst());
        ArrayNode aliases = o.putArray("aliases");
        e.names().stream().skip(1).forEach(aliases::add);
        ArrayNode addresses = o.putArray("addresses");
        e.addresses().forEach(addresses::add);
        ArrayNode countries = o.putArray("countries");
        e.countries().forEach(countries::add);
        o.put("programs", e.programs());
        o.put("federalRegisterNotice", e.federalRegisterNotice());
        o.put("startDate", e.startDate());
        o.put("licenseRequirement", e.licenseRequirement());
        o.put("licensePolicy", e.licensePolicy());
        o.put("remarks", e.remarks());
        o.put("sourceUrl", e.sourceUrl());
        ArrayNode sources = o.putArray("sources");
        e.sources().forEach(sources::add);
        o.put("current", EntryVersion.of(e).equals(m.entryVersion()));
        return o;
    }

    private static JsonNode parse(String json) {
        try {
            return RECORDS.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String optional(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw Problem.badRequest("'" + field + "' must be a string");
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static long matchId(JsonNode b) {
        JsonNode v = b.get("matchId");
        if (v == null || !v.canConvertToLong()) {
            throw Problem.badRequest("'matchId' is required (a number)");
        }
        return v.asLong();
    }

    private static long caseId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("no such case: " + ctx.pathParam("id"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String name, String more) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()) + more + ", not " + text);
        }
    }

    private static int whole(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(
                    "query parameter '" + name + "' must be a whole number from " + min + " to " + max);
        }
    }
}
