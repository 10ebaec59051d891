package dev.licit.screening.ownership;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The owners of a name up the graph and its holdings down, each link in force on a date, as a tree.
 * A node already on the path is a cycle and is not entered again; a node shown elsewhere in the
 * tree is named and not expanded twice (a diamond would otherwise repeat whole subtrees).
 */
public final class OwnershipTree {
    /** How deep the tree goes; real groups are shallower. */
    public static final int MAX_DEPTH = 32;

    /**
     * @param mark null, or why the node is not expanded: {@code "cycle"} (it is on its own path) or
     *     {@code "shown above"}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(
            String name,
            String country,
            Double percent,
            LocalDate startDate,
            LocalDate endDate,
            String source,
            String mark,
            List<Node> next) {}

    private OwnershipTree() {}

    /** The owners of {@code name} on {@code date}, recursively. */
    public static List<Node> owners(OwnershipGraph g, String name, LocalDate date) {
        return walk(g, name, date, true, new ArrayList<>(List.of(OwnershipGraph.key(name))), new HashSet<>(), 0);
    }

    /** What {@code name} holds on {@code date}, recursively. */
    public static List<Node> holdings(OwnershipGraph g, String name, LocalDate date) {
        return walk(g, name, date, false, new ArrayList<>(List.of(OwnershipGraph.key(name))), new HashSet<>(), 0);
    }

    private static List<Node> walk(
            OwnershipGraph g,
            String name,
            LocalDate date,
            boolean up,
            List<String> path,
            Set<String> shown,
            int depth) {
        List<Node> out = new ArrayList<>();
        for (OwnershipLink l : up ? g.ownersOf(name, date) : g.holdingsOf(name, date)) {
            String other = up ? l.owner() : l.owned();
            String country = up ? l.ownerCountry() : l.ownedCountry();
            String key = OwnershipGraph.key(other);
            String mark = null;
            List<Node> next = List.of();
            if (path.contains(key)) {
                mark = "cycle";
            } else if (!shown.add(key)) {
                mark = "shown above";
            } else if (depth + 1 >= MAX_DEPTH) {
                mark = "deeper than " + MAX_DEPTH + " levels: not followed";
            } else {
                path.add(key);
                next = walk(g, other, date, up, path, shown, depth + 1);
                path.remove(path.size() - 1);
            }
            out.add(new Node(other, country, l.percent(), l.startDate(), l.endDate(), l.source(), mark, next));
        }
        return out;
    }

    /** The tree as indented text, one line a link ({@code verb}: "holds" up, "held at" down). */
    public static void print(PrintWriter out, List<Node> nodes, String indent, String verb) {
        for (Node n : nodes) {
            out.println(indent + n.name() + (n.country() == null ? "" : " (" + n.country() + ")") + "  " + verb + " "
                    + share(n.percent()) + dates(n) + "  [" + n.source() + "]"
                    + (n.mark() == null ? "" : "  (" + n.mark() + ")"));
            print(out, n.next(), indent + "  ", verb);
        }
    }

    public static String share(Double p) {
        if (p == null) {
            return "an unknown share";
        }
        return (p == Math.rint(p) ? Long.toString(p.longValue()) : String.format(Locale.ROOT, "%s", p)) + " %";
    }

    private static String dates(Node n) {
        if (n.startDate() == null && n.endDate() == null) {
            return "";
        }
        return ", " + (n.startDate() == null ? "" : "from " + n.startDate())
                + (n.startDate() != null && n.endDate() != null ? " " : "")
                + (n.endDate() == null ? "" : "to " + n.endDate());
    }
}
