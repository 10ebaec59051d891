package dev.licit.bench;

import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Restricted-party screening of one party name against the full 2022 Consolidated Screening List
 * plus the curated list (about 14,300 entries), on one thread, so the figure is per core.
 *
 * <p>The parties are what a decision server sees: mostly companies that are on no list, named in
 * Latin, Han, Hangul, Cyrillic or Arabic script, plus a share of near misses (a listed name with a
 * typo, another legal form or a dropped word) and of true hits (a listed name or alias as
 * published). They come from a fixed seed, so every run screens the same names; the pool is large
 * ({@value #POOL} names), so a name comes back only every {@value #POOL} screens, while common words
 * (business words, legal forms, places) recur as they do in real traffic.
 *
 * <p>Run: {@code ./mvnw -q -DskipTests -pl licit-core,licit-screening,licit-bench -am install} then,
 * from the repository root, {@code java -jar licit-bench/target/benchmarks.jar ScreeningBenchmark}.
 * The lists are read from {@code ../shared} (or the {@code licit.shared} system property).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class ScreeningBenchmark {
    static final int POOL = 16_384;
    static final long SEED = 20_220_421L;

    private Screener screener;
    private String[] names;
    private String[] countries;

    /**
     * The next party of the pool; one cursor per benchmark thread, each starting at its own part of
     * the pool, so that threads do not screen the same name at the same moment.
     */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup
        public void start(ThreadParams thread) {
            next = thread.getThreadIndex() * (POOL / Math.max(1, thread.getThreadCount()));
        }
    }

    @Setup
    public void setUp() throws ImportException {
        ListSnapshot snapshot = fullCsl();
        screener = Screener.of(snapshot);
        List<Party> parties = Parties.generate(snapshot, POOL, SEED);
        names = parties.stream().map(Party::name).toArray(String[]::new);
        countries = parties.stream().map(Party::country).toArray(String[]::new);
    }

    @Benchmark
    public List<ScreeningMatch> screenParty(Cursor cursor) {
        int i = cursor.next++ & (POOL - 1);
        return screener.screen(names[i], countries[i]);
    }

    /** The curated list followed by the full 2022 CSL, as {@code licit lists import} stores them. */
    public static ListSnapshot fullCsl() throws ImportException {
        Path shared = Path.of(System.getProperty("licit.shared", "../shared"));
        List<ListEntry> csl = ListImporter.importPaths(List.of(shared.resolve("data/lists/csl-full-2022.csv.gz")))
                .entries();
        ListSnapshot curated = ListStore.curated();
        List<ListEntry> all = new ArrayList<>(curated.entries());
        all.addAll(csl);
        return new ListSnapshot(curated.info(), all);
    }

    /** A party to screen: its name and country (null when the order does not give one). */
    record Party(String name, String country, String kind) {}

    /**
     * Seeded party names. Made-up names are built from syllables, so they are plausible but on no
     * list; near misses and hits are drawn from the snapshot itself.
     */
    static final class Parties {
        private static final String[] SYLLABLES = {
            "ka", "lo", "ran", "vi", "tek", "mar", "zen", "bel", "dor", "sa", "min", "tor", "ve", "lux", "qui", "no",
            "fa", "ren", "gal", "sto", "pri", "mo", "ha", "den", "ix", "ul", "bra", "cor", "el", "tan", "wu", "ji",
            "son", "ber", "ger", "nik", "ova", "stra", "lin", "ko"
        };
        private static final String[] GENERIC = {
            "Technology",
            "Technologies",
            "Trading",
            "Logistics",
            "Electronics",
            "Industrial",
            "International",
            "Holdings",
            "Systems",
            "Solutions",
            "Engineering",
            "Components",
            "Supply",
            "Import Export",
            "Precision",
            "Semiconductor",
            "Machinery",
            "Data",
            "Cloud",
            "Computing",
            "Group",
            "Consulting",
            "Materials",
            "Devices",
            "Networks",
            "Energy",
            "Marine",
            "Medical",
            "Optical",
            "Software"
        };
        private static final String[] PLACES = {
            "Shenzhen",
            "Shanghai",
            "Hong Kong",
            "Dubai",
            "Hamburg",
            "Singapore",
            "Istanbul",
            "Moscow",
            "Seoul",
            "Taipei",
            "Kuala Lumpur",
            "Almaty",
            "Tashkent",
            "Yerevan",
            "Mumbai",
            "Rotterdam",
            "Milan",
            "Bangkok",
            "Hanoi",
            "Tianjin",
            "Wuhan",
            "Chengdu",
            "Ningbo",
            "Busan",
            "Tbilisi"
        };
        private static final String[] FORMS = {
            "Co., Ltd.",
            "Ltd",
            "LLC",
            "GmbH",
            "S.A.",
            "JSC",
            "Inc.",
            "Corp.",
            "Pte. Ltd.",
            "B.V.",
            "S.r.l.",
            "Limited",
            "FZE",
            "Sdn Bhd",
            "OOO",
            "AG",
            "PLC",
            "Co. Ltd",
            "Trading FZCO",
            "Company Limited"
        };
        private static final String[] SURNAMES = {
            "Miller",
            "Novak",
            "Kowalski",
            "Rossi",
            "Fischer",
            "Tanaka",
            "Petrov",
            "Haddad",
            "Nguyen",
            "Silva",
            "Okafor",
            "Jansen",
            "Larsen",
            "Moreau",
            "Ozturk",
            "Weber"
        };
        private static final String HAN_NAME = "华海东兴达鑫盛泰瑞恒宏源正通博远新力金明德科嘉龙中天宇星光晨航信安昌和凯丰锦";
        private static final String[] HAN_PLACES = {
            "深圳", "上海", "北京", "广州", "杭州", "苏州", "宁波", "厦门", "成都", "武汉", "天津", "东莞"
        };
        private static final String[] HAN_WORDS = {
            "科技", "电子", "贸易", "技术", "信息", "实业", "物流", "精密", "智能", "半导体", "国际", "光电", "机械", "网络"
        };
        private static final String[] HAN_FORMS = {"有限公司", "股份有限公司", "有限责任公司", "公司"};
        private static final String[] HANGUL_WORDS = {"전자", "무역", "산업", "기술", "물산", "테크", "정밀", "반도체", "상사"};
        private static final String[] HANGUL_FORMS = {"주식회사", "(주)", "유한회사", ""};
        private static final String CYRILLIC = "абвгдеклмнопрстуфхз";
        private static final String[] CYRILLIC_WORDS = {
            "Технологии",
            "Трейд",
            "Электроника",
            "Системы",
            "Логистик",
            "Снаб",
            "Промышленные",
            "Компоненты",
            "Инжиниринг"
        };
        private static final String[] CYRILLIC_FORMS = {"ООО", "АО", "ЗАО", "ПАО"};
        private static final String ARABIC = "ابتجدرزسشصطعفقكلمنهوي";
        private static final String[] ARABIC_WORDS = {
            "للتجارة", "للإلكترونيات", "للتكنولوجيا", "العامة", "الدولية", "للاستيراد والتصدير", "للمقاولات"
        };
        private static final String[] COUNTRIES = {
            "CN", "HK", "AE", "TR", "RU", "KR", "SG", "DE", "IN", "MY", "TH", "VN", "KZ", "IR", "US", null, null, null
        };

        private Parties() {}

        /**
         * {@code n} parties: about 50% Latin company names, 10% Han, 7% Hangul, 8% Cyrillic, 5% Arabic
         * (none on a list), 12% near misses and 8% listed names as published.
         */
        public static List<Party> generate(ListSnapshot snapshot, int n, long seed) {
            Random r = new Random(seed);
            List<String> listed = new ArrayList<>();
            List<String> listedCompanies = new ArrayList<>();
            for (ListEntry e : snapshot.entries()) {
                for (String name : e.names()) {
                    listed.add(name);
                    if (!e.type().equals("Individual")
                            && !e.type().equals("Vessel")
                            && !e.type().equals("Aircraft")) {
                        listedCompanies.add(name);
                    }
                }
            }
            List<Party> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int roll = r.nextInt(100);
                String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
                if (roll < 50) {
                    out.add(new Party(latin(r), country, "latin"));
                } else if (roll < 60) {
                    out.add(new Party(han(r), "CN", "han"));
                } else if (roll < 67) {
                    out.add(new Party(hangul(r), "KR", "hangul"));
                } else if (roll < 75) {
                    out.add(new Party(cyrillic(r), "RU", "cyrillic"));
                } else if (roll < 80) {
                    out.add(new Party(arabic(r), "AE", "arabic"));
                } else if (roll < 92) {
                    out.add(new Party(
                            nearMiss(r, listedCompanies.get(r.nextInt(listedCompanies.size()))), country, "near-miss"));
                } else {
                    out.add(new Party(listed.get(r.nextInt(listed.size())), country, "listed"));
                }
            }
            return out;
        }

        private static String pick(Random r, String[] a) {
            return a[r.nextInt(a.length)];
        }

        private static String word(Random r) {
            StringBuilder sb = new StringBuilder();
            int syllables = 2 + r.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                sb.append(pick(r, SYLLABLES));
            }
            return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        }

        private static String latin(Random r) {
            StringBuilder sb = new StringBuilder();
            int shape = r.nextInt(10);
            if (shape < 2) {
                sb.append(pick(r, SURNAMES)).append(r.nextBoolean() ? " & Sons" : " " + pick(r, SURNAMES));
            } else if (shape < 3) {
                sb.append(pick(r, PLACES)).append(' ').append(word(r));
            } else {
                sb.append(word(r));
                if (r.nextInt(4) == 0) {
                    sb.append(' ').append(word(r));
                }
            }
            int generic = r.nextInt(3);
            for (int i = 0; i < generic; i++) {
                sb.append(' ').append(pick(r, GENERIC));
            }
            if (r.nextInt(5) == 0) {
                sb.append(' ').append(pick(r, PLACES));
            }
            sb.append(r.nextInt(3) == 0 ? ", " : " ").append(pick(r, FORMS));
            String s = sb.toString();
            return r.nextInt(6) == 0 ? s.toUpperCase(java.util.Locale.ROOT) : s;
        }

        private static String han(Random r) {
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) {
                sb.append(pick(r, HAN_PLACES));
            }
            int chars = 2 + r.nextInt(2);
            for (int i = 0; i < chars; i++) {
                sb.append(HAN_NAME.charAt(r.nextInt(HAN_NAME.length())));
            }
            sb.append(pick(r, HAN_WORDS));
            if (r.nextInt(3) == 0) {
                sb.append(pick(r, HAN_WORDS));
            }
            return sb.append(pick(r, HAN_FORMS)).toString();
        }

        private static String hangul(Random r) {
            StringBuilder sb = new StringBuilder();
            String form = pick(r, HANGUL_FORMS);
            if (r.nextBoolean() && !form.isEmpty()) {
                sb.append(form).append(' ');
                form = "";
            }
            int syllables = 2 + r.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                // a Hangul syllable from its initial, medial and final jamo
                int initial = r.nextInt(19);
                int medial = r.nextInt(21);
                int fin = r.nextInt(3) == 0 ? r.nextInt(28) : 0;
                sb.appendCodePoint(0xAC00 + (initial * 21 + medial) * 28 + fin);
            }
            sb.append(pick(r, HANGUL_WORDS));
            if (!form.isEmpty()) {
                sb.append(' ').append(form);
            }
            return sb.toString();
        }

        private static String letters(Random r, String alphabet, int min, int max) {
            StringBuilder sb = new StringBuilder();
            int n = min + r.nextInt(max - min + 1);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        }

        private static String cyrillic(Random r) {
            String name = letters(r, CYRILLIC, 4, 9);
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String s = pick(r, CYRILLIC_FORMS) + " «" + name + (r.nextBoolean() ? " " + pick(r, CYRILLIC_WORDS) : "")
                    + "»";
            return r.nextInt(4) == 0 ? s + " " + pick(r, CYRILLIC_WORDS) : s;
        }

        private static String arabic(Random r) {
            return "شركة " + letters(r, ARABIC, 3, 7) + " " + pick(r, ARABIC_WORDS)
                    + (r.nextBoolean() ? " " + letters(r, ARABIC, 3, 6) : "");
        }

        /** A listed name with one typing error, another legal form, a word dropped or a place added. */
        private static String nearMiss(Random r, String name) {
            String[] words = name.strip().split("\\s+");
            switch (r.nextInt(4)) {
                case 0 -> {
                    int w = r.nextInt(words.length);
                    String word = words[w];
                    if (word.length() >= 4) {
                        int at = 1 + r.nextInt(word.length() - 2);
                        words[w] = r.nextBoolean()
                                ? word.substring(0, at) + word.substring(at + 1)
                                : word.substring(0, at)
                                        + word.charAt(at + 1)
                                        + word.charAt(at)
                                        + word.substring(at + 2);
                    }
                    return String.join(" ", words);
                }
                case 1 -> {
                    return String.join(" ", words) + " " + pick(r, FORMS);
                }
                case 2 -> {
                    if (words.length < 3) {
                        return word(r) + " " + String.join(" ", words);
                    }
                    int drop = r.nextInt(words.length);
                    List<String> kept = new ArrayList<>(List.of(words));
                    kept.remove(drop);
                    return String.join(" ", kept);
                }
                default -> {
                    return pick(r, PLACES) + " " + String.join(" ", words);
                }
            }
        }
    }
}
