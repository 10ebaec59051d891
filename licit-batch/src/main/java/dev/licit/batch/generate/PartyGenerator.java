package dev.licit.batch.generate;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.Csv;
import dev.licit.screening.list.ListEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a synthetic customer file for benchmarks and tests: {@code id,name,country,address}, invented
 * names in five scripts ({@link NameMaker}) with a share of rows planted from real list entries under a
 * typical variation ({@link Variation}). The ground truth of the planted rows goes to a side file
 * ({@code id,name,country,list,entryId,listedName,variation}) so a test can check every one is found.
 * The same seed gives the same files.
 */
public final class PartyGenerator {
    public static final String HEADER = "id,name,country,address";
    public static final String PLANTED_HEADER = "id,name,country,list,entryId,listedName,variation";
    private static final Pattern WORDS = Pattern.compile("\\p{L}{3,}");

    /** What was written. */
    public record Result(long parties, long planted) {}

    private PartyGenerator() {}

    /**
     * @param entries the list entries to plant from (the snapshot the file will be screened against)
     * @param share the share of rows planted, from 0 to 1
     */
    public static Result write(
            Path output, Path plantedOutput, long count, double share, long seed, List<ListEntry> entries)
            throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("--count must be 0 or more, got " + count);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("--planted-share must be from 0 to 1, got " + share);
        }
        List<ListEntry> eligible =
                entries.stream().filter(PartyGenerator::plantable).toList();
        long plantedCount = eligible.isEmpty() ? 0 : Math.round(count * share);
        SplittableRandom random = new SplittableRandom(seed);
        NameMaker names = new NameMaker(random);
        Variation[] variations = Variation.values();
        long planted = 0;
        try (AtomicOutput out = AtomicOutput.create(output);
                AtomicOutput truth = AtomicOutput.create(plantedOutput)) {
            Writer w = out.writer();
            Writer t = truth.writer();
            w.write(HEADER + "\n");
            t.write(PLANTED_HEADER + "\n");
            long nextPlanted = plantedCount == 0 ? -1 : 0;
            for (long i = 0; i < count; i++) {
                String id = String.format("P%09d", i + 1);
                if (i == nextPlanted) {
                    ListEntry e = eligible.get(random.nextInt(eligible.size()));
                    int start = random.nextInt(variations.length);
                    for (int k = 0; k < variations.length; k++) {
                        Variation v = variations[(start + k) % variations.length];
                        Optional<String> varied = v.apply(e.names(), random);
                        if (varied.isPresent()) {
                            String country =
                                    e.countries().isEmpty() ? "" : e.countries().getFirst();
                            w.write(Csv.line(id, varied.get(), country, "") + "\n");
                            t.write(Csv.line(id, varied.get(), country, e.list(), e.entryId(), e.name(), v.name())
                                    + "\n");
                            break;
                        }
                    }
                    planted++;
                    // evenly spread: the k-th planted row stands at k × count / plantedCount
                    nextPlanted = planted < plantedCount ? planted * count / plantedCount : -1;
                } else {
                    NameMaker.Made m = names.next();
                    w.write(Csv.line(id, m.name(), m.country(), m.address()) + "\n");
                }
            }
            out.commit();
            truth.commit();
        }
        return new Result(count, planted);
    }

    /**
     * Entries a customer file would plausibly hold: organisations and people (not vessels or aircraft)
     * with at least two words of three letters, or a name in a non-Latin script. Single short words
     * ("ASH") are left out: a one-word name with a typo is another name.
     */
    static boolean plantable(ListEntry e) {
        if (e.type().equalsIgnoreCase("Vessel") || e.type().equalsIgnoreCase("Aircraft")) {
            return false;
        }
        String name = e.name();
        if (name.length() > 120) {
            return false;
        }
        if (!Variation.isLatin(name)) {
            return true;
        }
        return WORDS.matcher(name).results().count() >= 2;
    }
}
