package dev.licit.screening;

import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.normalize.TokenKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Names for the equivalence tests: words of the labelled evaluation pairs (Latin, Han, Hangul,
 * Cyrillic, Greek, Arabic, legal forms in many languages), made-up words, and the disguises that
 * screening must see through (typos, joined and split words, acronyms, boilerplate, apostrophes,
 * case, full width), so that every path of normalisation, blocking and scoring is exercised.
 */
public final class TestNames {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");
    private static List<String> evalNames;
    private static List<String> words;

    private TestNames() {}

    /** Both names of every labelled pair, in file order. */
    public static synchronized List<String> evalNames() {
        if (evalNames == null) {
            List<String> out = new ArrayList<>();
            for (List<String> pair : firstTwoColumns("/eval/pairs.csv")) {
                out.addAll(pair);
            }
            evalNames = List.copyOf(out);
        }
        return evalNames;
    }

    /** The two names of every pair of the development set ({@code eval/devset.csv}), in file order. */
    public static List<List<String>> developmentSetPairs() {
        return firstTwoColumns("/eval/devset.csv");
    }

    /** The first two fields of every row of a CSV resource with a header line, in file order. */
    private static List<List<String>> firstTwoColumns(String resource) {
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(TestNames.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = parse(line);
                out.add(List.of(f.get(0), f.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A case key for each of {@link #evalNames()}, in the same order: the file line and the column
     * ({@code pairs.csv:012 name1}), so that a baseline names the input instead of copying it.
     */
    public static List<String> evalKeys() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < evalNames().size(); i++) {
            // line 1 is the header; each line holds two names
            out.add(String.format(java.util.Locale.ROOT, "pairs.csv:%03d name%d", i / 2 + 2, i % 2 + 1));
        }
        return out;
    }

    /**
     * {@code count} values of the arbitrary drawn from a fixed seed: the same values on every run
     * with this jqwik version, for golden baselines (which record each value with its output, so a
     * jqwik upgrade that draws others shows up as new inputs, not as silently different ones).
     */
    public static <T> List<T> sample(Arbitrary<T> arbitrary, long seed, int count) {
        net.jqwik.api.RandomGenerator<T> generator = arbitrary.generator(1000);
        java.util.Random random = new java.util.Random(seed);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    /** Fields of one line of pairs.csv (quoted fields, no line breaks inside them). */
    private static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                sb.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    /** Every word of the labelled names, as written there. */
    public static synchronized List<String> words() {
        if (words == null) {
            Set<String> out = new LinkedHashSet<>();
            for (String name : evalNames()) {
                for (String w : name.split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
            words = List.copyOf(out);
        }
        return words;
    }

    /** The curated list plus the OFAC SDN list (about 9,100 entries): big enough for the common-word rules. */
    public static ListSnapshot curatedAndSdn() {
        try {
            List<ListEntry> sdn = ListImporter.importPaths(List.of(
                            LISTS.resolve("ofac-sdn.csv"),
                            LISTS.resolve("ofac-alt.csv"),
                            LISTS.resolve("ofac-add.csv")))
                    .entries();
            ListSnapshot curated = ListStore.curated();
            List<ListEntry> all = new ArrayList<>(curated.entries());
            all.addAll(sdn);
            return new ListSnapshot(curated.info(), all);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether every reading of a name is distinct whole words: not empty, no initial, no word but a
     * legal form shorter than three letters, no word twice. Such words pair loosely (as initials, as
     * parts of a run, or twice over), so a name holding one need not score 1 against itself
     * ("SERVIAGRICLA (S)" 0.78, "G&G INTERNACIONAL S.A.S." 0.84, "AL-MUHAMMAD, Muhammad" and
     * "A A TRADING FZCO" are not found as themselves): the invariants that compare a name with itself
     * hold for these names only.
     */
    public static boolean wholeWords(List<dev.licit.screening.normalize.NormalizedName> readings) {
        if (readings.get(0).isEmpty()) {
            return false;
        }
        for (dev.licit.screening.normalize.NormalizedName r : readings) {
            Set<String> keys = new java.util.HashSet<>();
            for (dev.licit.screening.normalize.Token t : r.tokens()) {
                boolean loose = t.kind() == TokenKind.INITIAL
                        || t.kind() != TokenKind.FORM && t.key().length() < 3;
                if (loose || !keys.add(t.key())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A party name: words of the labelled set and made-up ones, often disguised. */
    public static Arbitrary<String> names() {
        Arbitrary<String> known = Arbitraries.of(words());
        Arbitrary<String> madeUp =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> cjk = Arbitraries.strings()
                .withCharRange('\u4e00', '\u4e30')
                .withCharRange('\uac00', '\uac30')
                .withChars('技', '术', '科', '有', '限', '公', '司', '은', '행', '전', '자')
                .ofMinLength(1)
                .ofMaxLength(6);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, known),
                net.jqwik.api.Tuple.of(2, madeUp),
                net.jqwik.api.Tuple.of(1, cjk),
                net.jqwik.api.Tuple.of(2, known.map(TestNames::typo)));
        Arbitrary<String> plain = word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
        return Arbitraries.oneOf(
                plain,
                plain.map(TestNames::disguise),
                Arbitraries.of(evalNames()),
                Arbitraries.of(evalNames()).map(TestNames::disguise));
    }

    /** One letter dropped, doubled or swapped with the next, chosen by the word itself. */
    public static String typo(String w) {
        if (w.length() < 3) {
            return w;
        }
        int at = Math.floorMod(w.hashCode(), w.length() - 1);
        return switch (Math.floorMod(w.hashCode() >>> 8, 3)) {
            case 0 -> w.substring(0, at) + w.substring(at + 1);
            case 1 -> w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1);
            default -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        };
    }

    /** The name as a screen meets it in the wild: chosen by the name itself, so shrinking stays stable. */
    static String disguise(String name) {
        String[] ws = name.split(" ");
        return switch (Math.floorMod(name.hashCode(), 9)) {
            case 0 -> name.replace(" ", ""); // words run together
            case 1 -> name.toUpperCase(java.util.Locale.ROOT);
            case 2 -> acronym(ws) + " " + name;
            case 3 -> name + "; and any successor, sub-unit, or subsidiary thereof";
            case 4 -> "a.k.a. " + name.replace("o", "o'");
            case 5 ->
                name.chars()
                        .mapToObj(c ->
                                c >= 0x21 && c <= 0x7e ? String.valueOf((char) (c + 0xfee0)) : String.valueOf((char) c))
                        .reduce("", String::concat);
            case 6 -> name + " Co., Ltd., Wuhan, Hubei";
            case 7 ->
                String.join(
                        " ",
                        java.util.Arrays.stream(ws)
                                .map(w -> w.length() > 5
                                        ? w.substring(0, w.length() / 2) + " " + w.substring(w.length() / 2)
                                        : w)
                                .toList());
            default -> name + " (" + acronym(ws) + ")";
        };
    }

    private static String acronym(String[] ws) {
        StringBuilder sb = new StringBuilder();
        for (String w : ws) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }
}
