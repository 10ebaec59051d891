package dev.licit.cli.screening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.HeadStart;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.json.Json;
import dev.licit.screening.AffiliateGroups;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.ScreeningQuery;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.match.TokenAlignment;
import dev.licit.store.LicitStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licit screen NAME}: a party name against the current list snapshot. Like {@code GET
 * /v1/screen}, every screen is recorded in the audit trail ({@code screen.adhoc}) when there is a
 * store (issue 18): one named by {@code --db}/{@code LICIT_DB}, or the home's embedded database once
 * it exists. Without one it screens as before and creates none; a store it cannot write to fails the
 * screen rather than let it go unrecorded.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screen a party name against the current list snapshot and explain every hit."
                + " Recorded in the audit trail when a store exists (--db, LICIT_DB, or LICIT_HOME's database).")
public final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country of the party")
    String country;

    @Option(names = "--address", description = "address of the party (corroborates a name match)")
    String address;

    @Mixin
    TextOrJsonFormat format;

    @Option(names = "--all", description = "also show candidates below the POSSIBLE threshold")
    boolean all;

    @Mixin
    ThresholdOptions thresholdOptions = new ThresholdOptions();

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (country != null && !country.strip().matches("[A-Za-z]{2}")) {
            err.println("licit screen: --country must be an ISO 3166-1 alpha-2 code, not '" + country + "'");
            err.flush();
            return 2;
        }
        // the store the screen is recorded in opens on its own thread while the lists' index is read
        CompletableFuture<LicitStore> opening = store.exists()
                ? CompletableFuture.supplyAsync(
                        store::open,
                        r -> Thread.ofPlatform()
                                .name("licit-screen-store")
                                .daemon(true)
                                .start(r))
                : null;
        try {
            Screener screener = HeadStart.screener(Home.resolve(), thresholdOptions.thresholds());
            ListSnapshot snapshot = screener.snapshot();
            ScreeningQuery q = new ScreeningQuery(name, country, address);
            List<ScreeningMatch> matches =
                    all ? screener.screenAll(q).stream().limit(20).toList() : screener.screen(q);
            record(opening, snapshot, matches);
            if (format.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("query", name);
                doc.put("country", country);
                doc.put("snapshot", snapshot.id());
                doc.put("thresholds", screener.thresholds());
                doc.put("matches", matches);
                List<Map<String, Object>> groups = new java.util.ArrayList<>();
                for (AffiliateGroups.Item item : AffiliateGroups.of(matches)) {
                    if (item instanceof AffiliateGroups.Item.Group g) {
                        Map<String, Object> go = new LinkedHashMap<>();
                        go.put("parent", g.parentName());
                        go.put(
                                "parentEntryId",
                                g.parent() == null ? null : g.parent().entryId());
                        go.put(
                                "affiliateEntryIds",
                                g.affiliates().stream()
                                        .map(ScreeningMatch::entryId)
                                        .toList());
                        groups.add(go);
                    }
                }
                doc.put("groups", groups);
                JsonOutput.print(out, doc);
            } else {
                out.printf(
                        "%s against %s: %s%n",
                        name, snapshot.id(), matches.isEmpty() ? "no match" : matches.size() + " hit(s)");
                for (AffiliateGroups.Item item : AffiliateGroups.of(matches)) {
                    switch (item) {
                        case AffiliateGroups.Item.Single single -> text(out, single.match());
                        case AffiliateGroups.Item.Group g -> {
                            // the Entity List's affiliate rows under their parent, each still a hit of its own
                            out.printf(
                                    "%n== %s and %d affiliate(s) named with it on the %s%n",
                                    g.parentName(),
                                    g.affiliates().size(),
                                    g.affiliates().getFirst().list());
                            if (g.parent() != null) {
                                text(out, g.parent());
                            }
                            for (ScreeningMatch a : g.affiliates()) {
                                text(out, a);
                            }
                        }
                    }
                }
                out.flush();
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e;
            if (cause instanceof IllegalArgumentException refused) {
                // a store named wrongly (--db, LICIT_DB): the user's input, said as such
                err.println("licit screen: " + refused.getMessage());
                err.flush();
                return 2;
            }
            // a store that is named but cannot be written: the screen is refused, not left unrecorded
            err.println(
                    cause instanceof dev.licit.store.common.StoreException
                            ? "licit screen: the screen could not be recorded in the audit trail, so it is not shown: "
                                    + cause.getMessage()
                            : "licit screen: internal failure: " + cause);
            err.flush();
            return 1;
        } finally {
            if (opening != null) {
                // a screen that failed before recording still closes the store it opened
                opening.thenAccept(LicitStore::close).exceptionally(e -> null).join();
            }
        }
    }

    /** The audit record of the screen, as the server writes it: name, country, snapshot and each hit. */
    private void record(CompletableFuture<LicitStore> opening, ListSnapshot snapshot, List<ScreeningMatch> matches) {
        if (opening == null) {
            return;
        }
        List<ObjectNode> hits = new ArrayList<>();
        for (ScreeningMatch m : matches) {
            ObjectNode o = Json.object();
            o.put("list", m.list());
            o.put("entryId", m.entryId());
            o.put("listedName", m.listedName());
            o.put("score", Math.round(m.score() * 1000) / 1000.0);
            o.put("band", m.band().name());
            hits.add(o);
        }
        String cc =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        opening.join().audit().screened(store.actor(), name, cc, snapshot.id(), hits);
    }

    static void text(PrintWriter out, ScreeningMatch m) {
        out.printf(Locale.ROOT, "%n%-8s %.3f  %s %s  %s%n", m.band(), m.score(), m.list(), m.entryId(), m.listedName());
        out.println("  alias    " + m.matchedAlias()
                + (m.explanation().aliasNote().isEmpty()
                        ? ""
                        : "  (" + m.explanation().aliasNote() + ")"));
        alignment(out, m.explanation().alignment());
        for (String a : m.explanation().adjustments()) {
            out.println("  note     " + a);
        }
        out.println("  meaning  " + m.explanation().consequence());
    }

    static void alignment(PrintWriter out, List<TokenAlignment> alignment) {
        for (TokenAlignment a : alignment) {
            out.printf(
                    Locale.ROOT,
                    "  %-22s %-22s %-15s %.2f (weight %.2f)%s%n",
                    a.query().isEmpty() ? "-" : a.query(),
                    a.listed().isEmpty() ? "-" : a.listed(),
                    a.how(),
                    a.similarity(),
                    a.weight(),
                    a.why().isEmpty() ? "" : "  " + a.why());
        }
    }
}
