package dev.licit.store.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.LicitStore;
import dev.licit.store.audit.AuditEntry;
import dev.licit.store.common.Sentence;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.internal.Times;
import dev.licit.store.keys.KeyService;
import dev.licit.store.license.License;
import dev.licit.store.nac.Notification;
import dev.licit.store.review.CaseAction;
import dev.licit.store.review.CaseMatch;
import dev.licit.store.review.ReviewCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A decision's record as one self-contained HTML page, for printing or keeping with the shipment's
 * papers: everything comes from the store as recorded (the decision's stored document, its cases and
 * their actions, licenses and notifications filed for it, its shipment, the audit events about it).
 * Every value from outside is escaped; the page has no script, and its one style block is allowed
 * by hash ({@link #STYLE_CSP}).
 */
public final class DecisionRecords {
    static final String STYLE = "body{font-family:'Noto Sans CJK KR','Noto Sans',Arial,sans-serif;margin:2em;"
            + "color:#111}h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #999;margin-top:1.4em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3px 6px;"
            + "text-align:left;vertical-align:top;font-size:.9em}.muted{color:#555}.v{font-weight:bold}"
            + ".warn{color:#a00}code{font-size:.85em}@media print{body{margin:1cm}}";

    /** The Content-Security-Policy a server sends with the page: nothing runs, only this style applies. */
    public static final String STYLE_CSP =
            "default-src 'none'; style-src '" + hash(STYLE) + "'; frame-ancestors 'none'; base-uri 'none'";

    private final LicitStore store;
    private final Clock clock;
    /** The API keys' holders, read once per page: actors that are keys are shown with their names. */
    private Map<String, String> holders = Map.of();

    public DecisionRecords(LicitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The page printing adds for a PDF: A4 with margins, the embedded font first, long hashes broken
     * anywhere so that a table never runs off the page.
     */
    static final String PDF_STYLE = "@page{size:A4;margin:14mm}body{margin:0;font-family:'" + RecordPdf.FONT_FAMILY
            + "',sans-serif}code{font-family:'" + RecordPdf.FONT_FAMILY
            + "',monospace;font-size:.75em;word-break:break-all;word-wrap:break-word}th{white-space:nowrap}"
            + "table.audit{table-layout:fixed}.audit td{word-break:break-all;word-wrap:break-word}.audit-seq{width:7%}.audit-at{width:24%}.audit-by{width:11%}"
            + ".audit-event{width:28%}.audit-hash{width:30%}";

    /** The record of a decision the caller may see (the caller checks that). */
    public String html(StoredDecision sd, RecordLanguage lang) {
        return page(sd, lang, STYLE);
    }

    /**
     * The record as a PDF (A4, the font of {@code fonts} embedded as a subset): the same page as
     * {@link #html}, which is written as well-formed XHTML so that it can be rendered as it is.
     */
    public byte[] pdf(StoredDecision sd, RecordLanguage lang, RecordFonts fonts) {
        return RecordPdf.render(page(sd, lang, STYLE + PDF_STYLE), fonts, lang.label("title") + " " + sd.id());
    }

    private String page(StoredDecision sd, RecordLanguage lang, String style) {
        JsonNode d = Json.readStored(sd.document());
        JsonNode order = Json.readStored(store.decisions().orderJson(sd.id()));
        holders = store.keys().holders();
        Page p = new Page();
        // well-formed XHTML as well as HTML5 (upper-case doctype, closed empty elements): the PDF
        // renderer reads it with an XML parser
        p.raw("<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\"/><title>")
                .text(lang.label("title") + " " + sd.id())
                .raw("</title><style>" + style + "</style></head><body>");
        p.raw("<h1>")
                .text(lang.label("title"))
                .raw("</h1><p class=\"muted\">")
                .text(lang.label("scope"))
                .raw("</p>");

        p.raw("<h2>").text(lang.label("decision")).raw("</h2><table>");
        p.row(lang.label("decision"), sd.id());
        p.row(lang.label("verdict"), verdict(lang, d));
        p.row(lang.label("orderId"), sd.orderId());
        p.row(lang.label("exportDate"), order.path("date").asText(""));
        p.row(lang.label("exportFrom"), order.path("exportFrom").asText(""));
        p.row(
                lang.label("destination"),
                order.path("destination").asText("")
                        + (order.hasNonNull("destinationRegion")
                                ? " (" + order.get("destinationRegion").asText() + ")"
                                : ""));
        if (order.has("exporter")) {
            p.row(lang.label("exporter"), order.path("exporter").path("name").asText(""));
        }
        p.row(lang.label("decidedAt"), sd.decidedAt());
        p.row(lang.label("submittedBy"), who(sd.actor()));
        p.row(lang.label("rules"), d.path("asOf").asText(""));
        p.row(
                lang.label("rulebook"),
                d.path("rulebook").path("version").asText("") + "  "
                        + d.path("rulebook").path("sha256").asText(""));
        p.row(lang.label("lists"), sd.listSnapshot() == null ? "-" : sd.listSnapshot());
        p.row(lang.label("content"), d.path("contentSha256").asText("-"));
        p.raw("</table>");
        if (d.path("dryRun").asBoolean(false)) {
            p.raw("<p class=\"warn\">").text(lang.label("dryRun")).raw("</p>");
        }

        items(p, lang, d);
        parties(p, lang, d);
        if (d.path("presumes").size() > 0) {
            p.raw("<h2>").text(lang.label("presumes")).raw("</h2><ul>");
            for (JsonNode pr : d.path("presumes")) {
                String text = lang.fill(pr.path("ruleId").asText(null), null);
                p.raw("<li>[")
                        .text(pr.path("reliability").asText(""))
                        .raw("] ")
                        .text(text != null ? text : pr.path("check").asText(""))
                        .raw(" <span class=\"muted\">(")
                        .text(pr.path("citation").asText(""))
                        .raw(")</span></li>");
            }
            p.raw("</ul>");
        }
        List<ReviewCase> cases = store.cases().forDecision(sd.id());
        review(p, lang, cases);
        authorization(p, lang, sd);
        audit(p, lang, sd, cases);
        p.raw("<h2>").text(lang.label("next")).raw("</h2><ul>");
        // each step in the record's language from its code and values (nextStepDetails, as the UI fills them)
        JsonNode details = d.path("nextStepDetails");
        int step = 0;
        for (JsonNode s : d.path("nextSteps")) {
            JsonNode detail = details.path(step++);
            String text = lang.fill(detail.path("code").asText(null), detail.path("params"));
            p.raw("<li>").text(text != null ? text : s.asText()).raw("</li>");
        }
        p.raw("</ul><p class=\"muted\">")
                .text(lang.label("tags"))
                .raw("<br/>")
                .text(lang.label("printed") + " " + Times.text(clock.instant()))
                .raw("</p></body></html>\n");
        return p.toString();
    }

    private static String verdict(RecordLanguage lang, JsonNode d) {
        String v = d.path("verdict").asText("");
        String policy = d.path("reviewPolicy").asText(null);
        String exc = d.path("licenseException").asText(null);
        return lang.label("verdict." + v) + " (" + v + ")"
                + (policy == null ? "" : ", " + lang.label("policy." + policy))
                + (exc == null ? "" : ", " + exc);
    }

    private static void items(Page p, RecordLanguage lang, JsonNode d) {
        p.raw("<h2>").text(lang.label("items")).raw("</h2><table><tr>");
        for (String h : List.of("item", "quantity", "eccn", "figures", "verdict", "reasons")) {
            p.raw("<th>").text(lang.label(h)).raw("</th>");
        }
        p.raw("</tr>");
        for (JsonNode i : d.path("items")) {
            StringBuilder figures = new StringBuilder();
            if (i.hasNonNull("tpp")) {
                figures.append("TPP ").append(i.get("tpp").asText());
            }
            if (i.hasNonNull("performanceDensity")) {
                figures.append(figures.isEmpty() ? "" : ", ")
                        .append("PD ")
                        .append(i.get("performanceDensity").asText());
            }
            p.raw("<tr><td>")
                    .text(i.path("sku").asText(""))
                    .raw("</td><td>")
                    .text(i.path("quantity").asText(""))
                    .raw("</td><td>")
                    .text(("NONE".equals(i.path("eccn").asText())
                                    ? lang.label("eccnNone")
                                    : i.path("eccn").asText("-"))
                            + (i.hasNonNull("paragraph")
                                            && !i.get("paragraph")
                                                    .asText()
                                                    .equals(i.path("eccn").asText())
                                    ? " (" + i.get("paragraph").asText() + ")"
                                    : ""))
                    .raw("</td><td>")
                    .text(figures.toString())
                    .raw("</td><td class=\"v\">")
                    .text(lang.label("verdict." + i.path("verdict").asText("HOLD")))
                    .raw("</td><td><ul>");
            for (JsonNode r : i.path("reasons")) {
                // an ownership path in the record's language when it is this decision's (OwnershipWords)
                String text = lang.fill(
                        r.path("textKey").asText(r.path("ruleId").asText(null)),
                        OwnershipWords.params(lang, d, r.path("params")));
                p.raw("<li>[").text(r.path("reliability").asText("")).raw("] ");
                if (r.hasNonNull("supersededBy")) {
                    // a requirement a license exception overcomes: shown, marked, not taken for the verdict
                    p.raw("<em>")
                            .text(Particles.resolve(lang.label("supersededBy")
                                    .replace(
                                            "{exception}", r.get("supersededBy").asText())))
                            .raw("</em> ");
                }
                p.text(text != null ? text : r.path("summary").asText(""))
                        .raw(" <span class=\"muted\">(")
                        .text(r.path("citation").asText(""))
                        .raw(")</span></li>");
            }
            p.raw("</ul>");
            if (i.path("wouldChange").size() > 0) {
                p.raw("<p class=\"muted\">").text(lang.label("wouldChange")).raw("</p><ul>");
                for (JsonNode ch : i.path("wouldChange")) {
                    String text = lang.fill(ch.path("textKey").asText(null), ch.path("params"));
                    p.raw("<li>[")
                            .text(ch.path("reliability").asText(""))
                            .raw("] ")
                            .text(text != null ? text : ch.path("summary").asText(""))
                            .raw(" <span class=\"muted\">(")
                            .text(ch.path("citation").asText(""))
                            .raw(")</span></li>");
                }
                p.raw("</ul>");
            }
            JsonNode residual = i.path("residual");
            if (residual.isObject()) {
                // what "outside 3A090/4A090" means for the item's own classification (issue 18, point 7)
                String text = lang.fill(residual.path("textKey").asText(null), null);
                p.raw("<p class=\"muted\">")
                        .text(lang.label("residual") + ": ["
                                + residual.path("reliability").asText("") + "] "
                                + (text != null
                                        ? text
                                        : residual.path("summary").asText("")) + " ("
                                + residual.path("citation").asText("") + ")")
                        .raw("</p>");
            }
            if (i.path("missing").size() > 0) {
                List<String> missing = new ArrayList<>();
                i.path("missing").forEach(m -> missing.add(m.asText()));
                p.raw("<p class=\"warn\">")
                        .text(lang.label("missing") + ": " + String.join(", ", missing))
                        .raw("</p>");
            }
            p.raw("</td></tr>");
        }
        p.raw("</table>");
    }

    private static void parties(Page p, RecordLanguage lang, JsonNode d) {
        p.raw("<h2>").text(lang.label("parties")).raw("</h2><table><tr>");
        for (String h : List.of("role", "name", "country", "matches")) {
            p.raw("<th>").text(lang.label(h)).raw("</th>");
        }
        p.raw("</tr>");
        for (JsonNode party : d.path("parties")) {
            p.raw("<tr><td>")
                    .text(lang.term("role", party.path("role").asText("")))
                    .raw("</td><td>")
                    .text(party.path("name").asText(""))
                    .raw("</td><td>")
                    .text(party.path("country").asText("")
                            + (party.hasNonNull("headquarters")
                                    ? ", " + lang.label("hq") + " "
                                            + party.get("headquarters").asText()
                                    : ""))
                    .raw("</td><td>");
            if (party.path("matches").isEmpty() && party.path("clearedMatches").isEmpty()) {
                p.text(lang.label("noMatch"));
            }
            for (JsonNode m : party.path("matches")) {
                p.raw("<div>")
                        .text(lang.term("band", m.path("band").asText("")) + " "
                                + m.path("list").asText("") + " \u201c"
                                + m.path("listedName").asText("") + "\u201d "
                                + m.path("score").asText("") + " ("
                                + m.path("entryId").asText("") + ")")
                        .raw("</div>");
            }
            // where the party stands under each 50 % rule: its title, standing and path in the record's language
            for (JsonNode r : party.path("ownership").path("rules")) {
                p.raw("<div class=\"muted\">")
                        .text(lang.ruleTitle(r.path("title").asText("")) + ": "
                                + OwnershipWords.standing(
                                        lang, r.path("standing").asText("")) + ". "
                                + OwnershipWords.text(lang, party.path("name").asText(""), r))
                        .raw("</div>");
            }
            for (JsonNode m : party.path("clearedMatches")) {
                p.raw("<div class=\"muted\">")
                        .text(lang.term("mstatus", "CLEARED") + ": "
                                + m.path("list").asText("") + " \u201c"
                                + m.path("listedName").asText("")
                                + "\u201d " + m.path("clearedBy").asText("") + " "
                                + m.path("clearedAt").asText("")
                                + ": " + m.path("reason").asText(""))
                        .raw("</div>");
            }
            p.raw("</td></tr>");
        }
        p.raw("</table>");
    }

    private void review(Page p, RecordLanguage lang, List<ReviewCase> cases) {
        p.raw("<h2>").text(lang.label("review")).raw("</h2>");
        if (cases.isEmpty()) {
            p.raw("<p>").text(lang.label("noCase")).raw("</p>");
            return;
        }
        for (ReviewCase c : cases) {
            p.raw("<p>")
                    // the case's kind and status in words, the same as the UI's (kind.*, status.*)
                    .text(lang.label("case") + " " + c.id() + ": " + lang.term("kind", c.kind()) + ", "
                            + lang.term("status", c.status()) + ". " + openedWhy(lang, c))
                    .raw("</p>");
            if (!c.matches().isEmpty()) {
                p.raw("<ul>");
                for (CaseMatch m : c.matches()) {
                    p.raw("<li>")
                            .text(m.partyName() + " (" + m.partyCountry() + ") ~ " + m.list() + " \u201c"
                                    + m.listedName() + "\u201d " + m.score() + " " + lang.term("band", m.band()) + ": "
                                    + lang.term("mstatus", m.status())
                                    + (m.reviewedBy() == null ? "" : ", " + who(m.reviewedBy()) + " " + m.reviewedAt()))
                            .raw("</li>");
                }
                p.raw("</ul>");
            }
            p.raw("<table><tr><th>")
                    .text(lang.label("action"))
                    .raw("</th><th>")
                    .text(lang.label("by"))
                    .raw("</th><th>")
                    .text(lang.label("at"))
                    .raw("</th><th>")
                    .text(lang.label("reason"))
                    .raw("</th></tr>");
            for (CaseAction a : c.actions()) {
                p.raw("<tr><td>")
                        .text(lang.term("action", a.action()))
                        .raw("</td><td>")
                        .text(who(a.actor()))
                        .raw("</td><td>")
                        .text(a.at())
                        .raw("</td><td>")
                        .text(
                                a.reason() == null
                                        ? ""
                                        // the opening action's reason is the case's (kept shorter there)
                                        : "OPENED".equals(a.action()) ? openedWhy(lang, c) : a.reason())
                        .raw("</td></tr>");
            }
            p.raw("</table>");
        }
    }

    /**
     * Why a case was opened, in the record's language: its sentences' templates filled; a case opened
     * before the store kept them (or a sentence without a template) gives the English it was stored in,
     * said to be that.
     */
    static String openedWhy(RecordLanguage lang, ReviewCase c) {
        if (lang == RecordLanguage.EN) {
            return c.reason();
        }
        String said = sentences(lang, c.reasonDetails());
        return said != null ? said : lang.label("original") + ": " + c.reason();
    }

    /** Sentences in {@code lang}, joined; null when there are none or one has no template in it. */
    private static String sentences(RecordLanguage lang, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        List<String> said = new java.util.ArrayList<>();
        for (Sentence sentence : sentences) {
            String text = lang.fill(sentence.code(), Json.COMPACT.valueToTree(sentence.params()));
            if (text == null) {
                return null;
            }
            said.add(text);
        }
        return String.join(" ", said);
    }

    /** The authorization's detail in the record's language: its sentences' templates filled, else the English. */
    private static String detail(RecordLanguage lang, Authorization a) {
        if (lang == RecordLanguage.EN || a.details().isEmpty()) {
            return a.detail();
        }
        List<String> said = new java.util.ArrayList<>();
        for (Authorization.Part part : a.details()) {
            String text = lang.fill(part.code(), Json.COMPACT.valueToTree(part.params()));
            if (text == null) {
                return a.detail();
            }
            said.add(text);
        }
        return String.join(" ", said);
    }

    private void authorization(Page p, RecordLanguage lang, StoredDecision sd) {
        p.raw("<h2>").text(lang.label("authorization")).raw("</h2><table>");
        Authorization a = store.decisions().authorization(sd.id());
        p.row(
                lang.label("status"),
                lang.term("auth", a.status()) + (a.shippable() ? " \u2713 " : " \u2717 ") + detail(lang, a));
        for (License l : store.licenses().list()) {
            if (sd.id().equals(l.filedFor())) {
                p.row(
                        lang.label("license"),
                        l.number() + " " + l.eccns() + " " + l.destination() + " " + l.validFrom() + " \u2192 "
                                + l.validTo() + " " + lang.term("lic.status", l.status()));
            }
        }
        for (Notification n : store.notifications().list()) {
            if (sd.id().equals(n.decisionId())) {
                p.row(
                        lang.label("notification"),
                        n.id() + ": " + n.filedOn() + ", " + (n.bisNumber() == null ? "-" : n.bisNumber()) + ", "
                                + lang.term("nac.status", n.status()) + "; " + lang.label("waitingEnds") + " "
                                + n.waitingPeriodEnds());
            }
        }
        // every shipment, a part or the whole order, with the units of each line and its references
        List<Shipment> shipments = store.decisions().shipments(sd.id());
        if (shipments.isEmpty()) {
            p.row(lang.label("shipment"), lang.label("noShipment"));
        }
        for (Shipment s : shipments) {
            StringBuilder line = new StringBuilder();
            if (s.id() != null) {
                line.append('#').append(s.id()).append(' ');
            }
            line.append(s.shippedOn());
            if (!s.lines().isEmpty()) {
                line.append(", ").append(lang.label("unitsPerLine")).append(' ').append(s.lines());
            }
            if (s.licenseNumber() != null) {
                line.append(", ").append(s.licenseNumber());
            }
            if (s.notificationId() != null) {
                line.append(", NAC ").append(s.notificationId());
            }
            if (s.itn() != null) {
                line.append(", ITN ").append(s.itn());
            }
            if (s.awb() != null) {
                line.append(", AWB ").append(s.awb());
            }
            if (s.invoice() != null) {
                line.append(", ").append(lang.label("invoice")).append(' ').append(s.invoice());
            }
            line.append(", ").append(who(s.actor()));
            p.row(lang.label("shipment"), line.toString());
        }
        p.raw("</table>");
    }

    private void audit(Page p, RecordLanguage lang, StoredDecision sd, List<ReviewCase> cases) {
        List<AuditEntry> events = new ArrayList<>(store.audit().about(sd.id()));
        for (ReviewCase c : cases) {
            events.addAll(store.audit().about("case:" + c.id()));
        }
        events.sort(Comparator.comparingLong(AuditEntry::seq));
        p.raw("<h2>").text(lang.label("audit")).raw("</h2><table class=\"audit\"><tr>");
        for (String h : List.of("seq", "at", "by", "event", "hash")) {
            p.raw("<th class=\"audit-" + h + "\">").text(lang.label(h)).raw("</th>");
        }
        p.raw("</tr>");
        for (AuditEntry e : events) {
            p.raw("<tr><td>")
                    .text(Long.toString(e.seq()))
                    .raw("</td><td>")
                    .text(e.recordedAt())
                    .raw("</td><td>")
                    .text(who(e.actor()))
                    .raw("</td><td>")
                    .text(e.kind() + " " + e.subject())
                    .raw("</td><td><code>")
                    .text(e.hash())
                    .raw("</code></td></tr>");
        }
        p.raw("</table>");
    }

    /** An actor as the record shows it: an API key with its holder's name beside its id. */
    private String who(String actor) {
        return KeyService.withHolder(actor, holders);
    }

    /** HTML under construction: {@link #text} escapes, {@link #raw} is for this class's own markup only. */
    private static final class Page {
        private final StringBuilder out = new StringBuilder(16_384);

        Page raw(String html) {
            out.append(html);
            return this;
        }

        Page text(String s) {
            if (s == null) {
                return this;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    // characters XML cannot hold (controls, lone surrogates) would make the XHTML
                    // unreadable for the PDF renderer: they are shown as the replacement character
                    case '\t', '\n', '\r' -> out.append(c);
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> {
                        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                            out.append('\uFFFD');
                        } else if (Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else if (Character.isSurrogate(c)) {
                            out.append('\uFFFD');
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return this;
        }

        void row(String label, String value) {
            raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static String hash(String style) {
        try {
            return "sha256-"
                    + Base64.getEncoder()
                            .encodeToString(MessageDigest.getInstance("SHA-256")
                                    .digest(style.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
