package dev.licit.batch.generate;

import dev.licit.batch.io.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic ownership graph as the plain CSV {@code owner,owned,percent,startDate,endDate,source}
 * and its listed roots as {@code name,list,possible}. Shaped like corporate groups: a top holding and
 * its subsidiaries, mostly small groups and a few of thousands of entities (a heavy tail), each
 * subsidiary held through a chain, straight from the top (fan-out) or from any earlier member, a share
 * of joint holdings (a second owner, now and then from another group), unknown shares, shares right at
 * 50 % and just under, cross-holdings that close a cycle, self-links, shares adding up to over 100 %,
 * and dated links, some of them ended. Some top holdings (and a few members) are on the Entity List,
 * the MEU list or the SDN list, a few as possible matches only. The same seed gives the same files.
 */
public final class OwnershipGenerator {
    private static final List<String> WORDS = List.of(
            "Northwind",
            "Bluewater",
            "Sunrise",
            "Helix",
            "Orion",
            "Vertex",
            "Lumen",
            "Cedar",
            "Pioneer",
            "Summit",
            "Nova",
            "Evergreen",
            "Redstone",
            "Falcon",
            "Crescent",
            "Aurora",
            "Zenith",
            "Meridian",
            "Keystone",
            "Granite",
            "Polaris",
            "Cobalt",
            "Kestrel",
            "Sterling",
            "Beacon",
            "Juniper",
            "Vantage",
            "Coral");
    private static final List<String> TRADES = List.of(
            "Microsystems",
            "Semiconductor",
            "Compute",
            "Trading",
            "Logistics",
            "Electronics",
            "Holdings",
            "Technology",
            "Devices",
            "Networks",
            "Photonics",
            "Instruments");
    private static final List<String> SUFFIXES =
            List.of("Ltd", "Co Ltd", "GmbH", "Pte Ltd", "Sdn Bhd", "LLC", "Inc", "Limited", "SA", "BV");
    private static final String HEADER = "owner,owned,percent,startDate,endDate,source";

    /** What was written. */
    public record Result(long links, long entities, long listed) {}

    private OwnershipGenerator() {}

    /** The name of entity {@code id}: unique (the id is in it), the same for the same id in every run. */
    static String name(long id) {
        SplittableRandom r = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
        return WORDS.get(r.nextInt(WORDS.size())) + " " + TRADES.get(r.nextInt(TRADES.size())) + " "
                + Long.toString(id, 36).toUpperCase(Locale.ROOT) + " " + SUFFIXES.get(r.nextInt(SUFFIXES.size()));
    }

    public static Result write(Path graph, Path listed, long links, long seed) throws IOException {
        try (AtomicOutput g = AtomicOutput.create(graph);
                AtomicOutput l = AtomicOutput.create(listed)) {
            Writer lw = l.writer();
            lw.write("name,list,possible\n");
            Groups groups = new Groups(new SplittableRandom(seed), g.writer(), lw, links);
            g.writer().write(HEADER);
            g.writer().write('\n');
            while (groups.written < links) {
                groups.next();
            }
            g.commit();
            l.commit();
            return new Result(groups.written, groups.entities, groups.listed);
        }
    }

    /** Writes one corporate group after another until the links are written. */
    private static final class Groups {
        private final SplittableRandom rnd;
        private final Writer graph;
        private final Writer listedOut;
        private final long target;
        long written;
        long entities;
        long listed;

        Groups(SplittableRandom rnd, Writer graph, Writer listed, long target) {
            this.rnd = rnd;
            this.graph = graph;
            this.listedOut = listed;
            this.target = target;
        }

        /** Mostly small groups, a heavy tail of large ones. */
        private int size() {
            double u = rnd.nextDouble();
            if (u < 0.6) {
                return 2 + rnd.nextInt(7);
            }
            if (u < 0.9) {
                return 9 + rnd.nextInt(52);
            }
            if (u < 0.99) {
                return 61 + rnd.nextInt(340);
            }
            return 401 + rnd.nextInt(1600);
        }

        void next() throws IOException {
            int size = size();
            long base = entities;
            entities += size;
            if (rnd.nextDouble() < 0.02) {
                list(base);
            }
            for (int i = 1; i < size && written < target; i++) {
                long node = base + i;
                double how = rnd.nextDouble();
                long owner = how < 0.4 ? node - 1 : how < 0.7 ? base : base + rnd.nextInt(i);
                long cents = percentCents();
                link(owner, node, cents);
                if (rnd.nextDouble() < 0.22) {
                    joint(base, i, owner, cents);
                }
                if (rnd.nextDouble() < 0.003) {
                    list(node);
                }
            }
            if (size >= 3 && rnd.nextDouble() < 0.03) {
                // a cross-holding: the last member holds a little of the top holding, closing a cycle
                link(base + size - 1, base, 100 + rnd.nextInt(1900));
            }
            if (rnd.nextDouble() < 0.001) {
                link(base, base, 100 * (1 + rnd.nextInt(10)));
            }
        }

        /** A second owner of member {@code i}: mostly another member, now and then from an earlier group. */
        private void joint(long base, int i, long first, long firstCents) throws IOException {
            long second;
            if (rnd.nextDouble() < 0.2 && base > 0) {
                second = Math.max(0, base - 100_000) + rnd.nextLong(Math.min(base, 100_000));
            } else {
                second = base + rnd.nextInt(i);
            }
            if (second == first) {
                return;
            }
            long room = firstCents < 0 ? 5000 : 10_000 - firstCents;
            double u = rnd.nextDouble();
            long cents;
            if (u < 0.15) {
                cents = -1;
            } else if (u < 0.17) {
                cents = Math.min(10_000, room + 1000 + rnd.nextInt(2000)); // the data contradicts itself
            } else if (room <= 0) {
                return;
            } else {
                cents = 1 + rnd.nextLong(room);
            }
            link(second, base + i, cents);
        }

        /** A share in hundredths of a percent, -1 for unknown, with the boundary values well represented. */
        private long percentCents() {
            double u = rnd.nextDouble();
            if (u < 0.22) {
                return 10_000;
            }
            if (u < 0.40) {
                return 5001 + rnd.nextInt(4900);
            }
            if (u < 0.46) {
                return 5000;
            }
            if (u < 0.50) {
                return 4999;
            }
            if (u < 0.75) {
                return 1000 + rnd.nextInt(3999);
            }
            if (u < 0.85) {
                return -1;
            }
            return 1 + rnd.nextInt(999);
        }

        private void link(long owner, long owned, long cents) throws IOException {
            if (written >= target) {
                return;
            }
            written++;
            StringBuilder b = new StringBuilder(96);
            b.append(spelling(owner)).append(',').append(spelling(owned)).append(',');
            if (cents >= 0) {
                b.append(cents / 100);
                if (cents % 100 != 0) {
                    b.append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100);
                }
            }
            b.append(',');
            double u = rnd.nextDouble();
            if (u < 0.05) {
                b.append(2015 + rnd.nextInt(11))
                        .append("-0")
                        .append(1 + rnd.nextInt(9))
                        .append("-01,");
            } else if (u < 0.08) {
                // ended before today: not in force on a current date
                b.append("2012-01-01,").append(2018 + rnd.nextInt(6)).append("-12-31");
            } else {
                b.append(',');
            }
            b.append(",generated\n");
            graph.write(b.toString());
        }

        /** Now and then a name in capitals: another spelling of the same entity, which the key joins. */
        private String spelling(long id) {
            String n = name(id);
            return rnd.nextDouble() < 0.02 ? n.toUpperCase(Locale.ROOT) : n;
        }

        private void list(long id) throws IOException {
            double u = rnd.nextDouble();
            String code = u < 0.5 ? "EL" : u < 0.75 ? "SDN" : "MEU";
            boolean possible = rnd.nextDouble() < 0.05;
            listedOut.write(name(id) + "," + code + "," + possible + "\n");
            listed++;
        }
    }
}
