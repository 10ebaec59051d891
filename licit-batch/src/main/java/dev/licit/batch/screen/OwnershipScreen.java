package dev.licit.batch.screen;

import dev.licit.core.decide.AffiliatesPosture;
import dev.licit.core.decide.ListHit;
import dev.licit.core.io.InputException;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnershipCheck;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.ownership.Standing;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ownership side of batch screening (issue 15, point 4): a party's owners up an ownership graph, each
 * screened like a party, and where the party stands under each 50 % rule in force, as {@code check}
 * computes it ({@link OwnershipCheck}). A party that is not clear under a rule gets one row naming the
 * rule, the lists, the share and the path in words. Thread-safe: owners' screenings are kept by name key
 * (an owner above many parties is screened once).
 */
public final class OwnershipScreen {
    private final Screener screener;
    private final OwnershipGraph graph;
    private final LocalDate date;
    private final List<OwnershipRule> rules;
    private final Map<String, List<Listing>> owners = new ConcurrentHashMap<>();

    /**
     * @param rules the 50 % rules in force on {@code date} that the Affiliates posture leaves on
     */
    public OwnershipScreen(Screener screener, OwnershipGraph graph, LocalDate date, List<OwnershipRule> rules) {
        this.screener = screener;
        this.graph = graph;
        this.date = date;
        this.rules = List.copyOf(rules);
        graph.prepare(date);
    }

    /**
     * The screen of {@code licit batch screen --ownership FILE --date DATE [--affiliates POSTURE]}: the graph
     * file read as the plain CSV (all or nothing), the 50 % rules of the shipped rulebook on {@code date}
     * that the posture leaves on. The single-process engine and each Spark executor build it with this, from
     * the same bytes, so the two cannot read a different graph or different rules.
     *
     * @param affiliatesPosture applies, suspended, or null for the rulebook's own reading
     * @throws InputException for a graph file that cannot be read, naming the file and line
     */
    public static OwnershipScreen of(Screener screener, SourceFile graph, LocalDate date, String affiliatesPosture) {
        List<OwnershipRule> rules = rulesOn(RulebookLoader.loadDefault().on(date), affiliatesPosture);
        return new OwnershipScreen(screener, OwnershipGraph.of(links(graph)), date, rules);
    }

    /**
     * The links of a graph file (the plain CSV owner,owned,percent,startDate,endDate,source).
     *
     * @throws InputException naming the file and line of the first problem
     */
    public static List<OwnershipLink> links(SourceFile graph) {
        try {
            return OwnershipImporter.importFiles(List.of(graph), OwnershipFormat.CSV)
                    .links();
        } catch (ImportException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * The rulebook's 50 % rules on its date that the Affiliates posture leaves on, as the decision engine
     * reads them.
     *
     * @param affiliatesPosture applies, suspended, or null for the rulebook's own reading
     */
    public static List<OwnershipRule> rulesOn(CompiledRulebook rb, String affiliatesPosture) {
        boolean applies = affiliatesPosture == null
                ? rb.settings().affiliatesApplies()
                : AffiliatesPosture.parse(affiliatesPosture)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "--affiliates takes applies or suspended, not '" + affiliatesPosture + "'"))
                        .applies();
        return rb.settings().ownershipRules().stream()
                .filter(r -> r.posture() == null || applies)
                .toList();
    }

    /** The rows of a party that is covered, unresolved or doubtful under a rule; none for a clear one. */
    List<HitRow> rows(String id, String name, String country) {
        OwnershipResult r = OwnershipCheck.of(name, country, List.of(), graph, date, this::listings, rules);
        List<HitRow> out = new ArrayList<>();
        for (RuleOutcome o : r.outcomes()) {
            if (o.standing() == Standing.CLEAR) {
                continue;
            }
            out.add(new HitRow(
                    id,
                    name,
                    String.join(" ", o.lists()),
                    "ownership:" + o.rule().id(),
                    String.join("; ", owners(o)),
                    o.share() / 100,
                    o.standing().name(),
                    "",
                    o.rule().title(),
                    o.text()));
        }
        return out;
    }

    /** The listed owners behind the standing, as the path names them. */
    private static List<String> owners(RuleOutcome o) {
        List<String> out = new ArrayList<>();
        collect(o.path(), out);
        return out;
    }

    private static void collect(List<dev.licit.core.ownership.Contribution> path, List<String> out) {
        for (var c : path) {
            if (!c.listings().isEmpty() && !out.contains(c.owner())) {
                out.add(c.owner());
            }
            collect(c.via(), out);
        }
    }

    private List<Listing> listings(String ownerName) {
        return owners.computeIfAbsent(OwnershipGraph.key(ownerName), k -> {
            List<Listing> ls = new ArrayList<>();
            for (ScreeningMatch m : screener.screen(ownerName, null)) {
                ListHit h = m.toListHit();
                if (h.isMatch() || h.isPossible()) {
                    ls.add(new Listing(h.list(), h.listedName(), h.federalRegisterNotice(), h.isPossible()));
                }
            }
            return List.copyOf(ls);
        });
    }
}
