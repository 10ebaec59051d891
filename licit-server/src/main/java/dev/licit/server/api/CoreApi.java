package dev.licit.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.decide.ListHit;
import dev.licit.core.envelope.RegionChart;
import dev.licit.core.io.CatalogJson;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.ItemReader;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.time.Today;
import dev.licit.screening.AffiliateGroups;
import dev.licit.server.auth.Role;
import dev.licit.server.http.Json;
import dev.licit.server.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Classification, screening, the rulebook and the chip catalog: read-only answers from the core. */
public final class CoreApi {
    private final Rulebook rulebook;
    private final ChipCatalog catalog;
    private final ScreeningSource screening;
    private final Classifier classifier = new Classifier();
    private final ItemReader items;
    private final RegionChart regions = new RegionChart();
    private final Clock clock;

    /** @param clock whose UTC date is "today", the rules applied when a request names no {@code asOf} */
    public CoreApi(Rulebook rulebook, ChipCatalog catalog, ScreeningSource screening, Clock clock) {
        this.clock = clock;
        this.rulebook = rulebook;
        this.catalog = catalog;
        this.items = new ItemReader(catalog);
        this.screening = screening;
    }

    /** Where an ad-hoc screen is recorded before it is answered (the audit trail, issue 18). */
    @FunctionalInterface
    public interface ScreenLog {
        void screened(Context ctx, String name, String country, ScreeningSource.Screened screened, ArrayNode matches);
    }

    private ScreenLog screenLog = (ctx, name, country, screened, matches) -> {};

    /** Records every ad-hoc screen with {@code log}; a screen it cannot record fails rather than go unrecorded. */
    public CoreApi recordingScreens(ScreenLog log) {
        this.screenLog = log;
        return this;
    }

    public void register(RoutesConfig routes) {
        Role[] anyone = Role.values();
        routes.post("/v1/classify", this::classify, anyone);
        routes.get("/v1/screen", this::screen, anyone);
        routes.get("/v1/rules", this::rules, anyone);
        routes.get("/v1/rules/versions", this::versions, anyone);
        routes.get("/v1/catalog", this::catalog, anyone);
        routes.get("/v1/catalog/{id}", this::catalogEntry, anyone);
        routes.get("/v1/chart", this::chart, anyone);
        routes.get("/v1/rules/i18n/{lang}", this::ruleTexts, anyone);
    }

    /** The 3A090 regions for a date as a grid of labels, drawn by the core's {@link RegionChart}. */
    private void chart(Context ctx) {
        LocalDate date = date(ctx, "asOf");
        CompiledRulebook rb = rulebookOn(date);
        boolean dc = !"false".equalsIgnoreCase(ctx.queryParam("datacenter"));
        double pdMax = positive(ctx, "pdMax", 25, 1000);
        double tppMax = positive(ctx, "tppMax", 42000, 10_000_000);
        double tppMin = ctx.queryParam("tppMin") == null ? 0 : positive(ctx, "tppMin", 500, tppMax / 2);
        RegionChart.Chart chart = regions.draw(rb, new RegionChart.Axes(dc, pdMax, tppMin, tppMax, 70, 70));
        ObjectNode o = Json.object();
        o.put("asOf", date.toString())
                .put("version", rb.from().toString())
                .put("datacenter", dc)
                .put("rows", chart.axes().rows())
                .put("columns", chart.axes().columns())
                .put("pdMax", pdMax)
                .put("tppMax", tppMax)
                .put("tppMin", tppMin)
                .put("scale", chart.axes().logarithmic() ? "log" : "linear");
        ArrayNode cells = o.putArray("cells");
        for (List<String> row : chart.cells()) {
            ArrayNode r = cells.addArray();
            row.forEach(r::add);
        }
        ArrayNode l = o.putArray("labels");
        chart.labels().forEach(l::add);
        o.put("note", "Under the October 2022 text the interconnect is assumed to be 600 GB/s or more.");
        Json.ok(ctx, o);
    }

    private static double positive(Context ctx, String param, double dflt, double max) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || d > max) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("query parameter '" + param + "' must be a positive number up to " + (long) max);
        }
    }

    /** Rule explanations in another language, by rule id (data/i18n/rules.LANG.yaml). */
    private void ruleTexts(Context ctx) throws java.io.IOException {
        String lang = ctx.pathParam("lang");
        if (!lang.matches("[a-z]{2}")) {
            throw Problem.notFound("no explanations in '" + lang + "'");
        }
        try (java.io.InputStream in = CoreApi.class.getResourceAsStream("/licit/data/i18n/rules." + lang + ".yaml")) {
            if (in == null) {
                throw Problem.notFound("no explanations in '" + lang + "'");
            }
            JsonNode tree = dev.licit.core.json.Json.YAML.readTree(in);
            Json.ok(ctx, tree);
        }
    }

    LocalDate date(Context ctx, String param) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) {
            return Today.utc(clock);
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("query parameter '" + param + "' is not a date of the form YYYY-MM-DD: " + v);
        }
    }

    CompiledRulebook rulebookOn(LocalDate date) {
        try {
            return rulebook.on(date);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    /**
     * Body: one item, an array of them, or {"asOf": .., "chips": [..]}, read by the core's one item
     * reader (as {@code licit classify} reads a file); a query's asOf is overridden by the body's.
     */
    private void classify(Context ctx) {
        String body = Json.bodyText(ctx);
        if (body.isBlank()) {
            throw Problem.badRequest("the request body is empty; a JSON document is expected");
        }
        LocalDate date = date(ctx, "asOf");
        ItemReader.Specs specs = items.readSpecs("request", body); // the same reader and words as licit classify
        if (specs.asOf() != null) {
            date = specs.asOf();
        }
        CompiledRulebook rb = rulebookOn(date);
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ItemSpec spec : specs.items()) {
            Classification c = classifier.classify(spec, rb);
            out.add(DecisionJson.classification(c, rb.from().toString())
                    .put("rulebookSha256", rb.sha256())
                    .put("asOf", date.toString()));
        }
        Json.ok(ctx, out);
    }

    private void screen(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw Problem.badRequest("query parameter 'name' is required");
        }
        if (name.length() > 1000) {
            throw Problem.badRequest("query parameter 'name' is longer than 1,000 characters");
        }
        String country = ctx.queryParam("country");
        if (country != null && !country.isBlank() && !country.trim().matches("[A-Za-z]{2}")) {
            throw Problem.badRequest("query parameter 'country' must be an ISO 3166-1 alpha-2 code");
        }
        String upperCountry =
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        ScreeningSource.Screened screened = screening.screen(name, upperCountry);
        ObjectNode o = Json.object();
        o.put("name", name);
        o.put("country", country);
        o.put("listSnapshot", screened.snapshotId());
        ArrayNode arr = o.putArray("matches");
        for (ListHit h : screened.hits()) {
            ObjectNode m = arr.addObject();
            m.put("list", h.list())
                    .put("entryId", h.entryId())
                    .put("listedName", h.listedName())
                    .put("matchedAlias", h.matchedAlias())
                    .put("score", Math.round(h.score() * 1000) / 1000.0)
                    .put("band", h.band())
                    .put("licenseRequirement", h.licenseRequirement())
                    .put("licensePolicy", h.licensePolicy())
                    .put("federalRegisterNotice", h.federalRegisterNotice());
            // the files the entry is in: one hit even when the CSL and OFAC's own file both carry it
            h.sources().forEach(m.putArray("sources")::add);
            AffiliateGroups.parentOf(h.listedName()).ifPresent(p -> m.put("affiliateOf", p));
        }
        screenLog.screened(ctx, name, upperCountry, screened, arr);
        // the Entity List's affiliate rows under their parent: how a reviewer reads twenty Huawei rows
        ArrayNode groups = o.putArray("groups");
        for (AffiliateGroups.Item item : screened.grouped()) {
            if (item instanceof AffiliateGroups.Item.Group g) {
                ObjectNode go = groups.addObject()
                        .put("parent", g.parentName())
                        .put(
                                "parentEntryId",
                                g.parent() == null ? null : g.parent().entryId());
                ArrayNode ids = go.putArray("affiliateEntryIds");
                g.affiliates().forEach(a -> ids.add(a.entryId()));
            }
        }
        Json.ok(ctx, o);
    }

    private void rules(Context ctx) {
        LocalDate date = date(ctx, "asOf");
        CompiledRulebook rb = rulebookOn(date);
        ObjectNode o = Json.object();
        o.put("asOf", date.toString());
        o.put("version", rb.from().toString());
        o.put("validTo", rb.to() == null ? null : rb.to().toString());
        o.put("sha256", rb.sha256());
        ArrayNode arr = o.putArray("rules");
        for (Rule r : rb.rules()) {
            arr.add(Json.MAPPER.valueToTree(Rulebook.canonical(r)));
        }
        Json.ok(ctx, o);
    }

    private void versions(Context ctx) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (LocalDate d : rulebook.versionStarts()) {
            CompiledRulebook rb = rulebook.on(d);
            arr.addObject()
                    .put("version", d.toString())
                    .put("validTo", rb.to() == null ? null : rb.to().toString())
                    .put("sha256", rb.sha256())
                    .put("entries", rb.rules().size());
        }
        Json.ok(ctx, arr);
    }

    private void catalog(Context ctx) {
        LocalDate date = date(ctx, "asOf");
        CompiledRulebook rb = rulebookOn(date);
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (CatalogEntry e : catalog.entries()) {
            arr.add(CatalogJson.summary(e, classifier.classify(e.spec(), rb)));
        }
        Json.ok(ctx, arr);
    }

    private void catalogEntry(Context ctx) {
        String id = ctx.pathParam("id");
        CatalogEntry e = catalog.find(id).orElseThrow(() -> Problem.notFound("no chip '" + id + "' in the catalog"));
        LocalDate date = date(ctx, "asOf");
        CompiledRulebook rb = rulebookOn(date);
        ObjectNode o = CatalogJson.detail(
                e, catalog, classifier.classify(e.spec(), rb), rb.from().toString());
        Json.ok(ctx, o);
    }
}
