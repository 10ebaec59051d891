package dev.licit.screening.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind token classification: legal forms in many languages, generic business
 * words, place names common on the lists, stop words, abbreviations, and a small glossary that
 * translates frequent Chinese and Korean words of company names into the English the lists use.
 *
 * <p>All entries are in folded (lower-case, ASCII) form except the native-script ones. Kept as code
 * rather than resource files so that a typo fails the build and the tests pin the behaviour.
 */
final class Lexicon {
    private Lexicon() {}

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Single-word legal forms (after folding and dot removal) to their canonical code. */
    static final Map<String, String> FORMS = new HashMap<>();

    /** Multi-word legal forms, longest first, to their canonical code. */
    static final List<Map.Entry<List<String>, String>> FORM_PHRASES;

    /** {@link #FORM_PHRASES} by their first word, in the same order: only these can start at a word. */
    static final Map<String, List<Map.Entry<List<String>, String>>> FORM_PHRASES_BY_FIRST_WORD;

    /** Legal forms written in scripts without spaces (or before transliteration), longest first. */
    static final List<Map.Entry<String, String>> NATIVE_FORMS = List.of(
            Map.entry("股份有限公司", "ltd"),
            Map.entry("有限责任公司", "ltd"),
            Map.entry("有限責任公司", "ltd"),
            Map.entry("有限公司", "ltd"),
            Map.entry("株式会社", "kk"),
            Map.entry("有限会社", "yk"),
            Map.entry("合同会社", "gk"),
            Map.entry("公司", "co"),
            Map.entry("주식회사", "co"),
            Map.entry("유한회사", "ltd"),
            Map.entry("(주)", "co"),
            Map.entry("บริษัท", "co"),
            Map.entry("จำกัด", "ltd"),
            Map.entry("มหาชน", "pcl"),
            Map.entry("בע\"מ", "ltd"),
            Map.entry("בע״מ", "ltd"),
            Map.entry("ذ.م.م", "llc"),
            Map.entry("شركة", "co"),
            Map.entry("ООО", "ooo"),
            Map.entry("ОАО", "oao"),
            Map.entry("ЗАО", "zao"),
            Map.entry("ПАО", "pao"),
            Map.entry("АО", "ao"));

    /** {@link #NATIVE_FORMS} by first character, in the same order: only these can start there. */
    static final Map<Character, List<Map.Entry<String, String>>> NATIVE_FORMS_BY_FIRST_CHAR;

    /** Known words of Chinese and Korean company names, longest first, to English list words. */
    static final List<Map.Entry<String, String>> GLOSSES = withTable(
            List.of(
                    Map.entry("人工智能", "artificial intelligence"),
                    Map.entry("集成电路", "integrated circuit"),
                    Map.entry("超级计算", "supercomputing"),
                    Map.entry("中国科学院", "chinese academy of sciences"),
                    Map.entry("科学院", "academy of sciences"),
                    Map.entry("研究所", "research institute"),
                    Map.entry("研究院", "research institute"),
                    Map.entry("进出口", "import export"),
                    Map.entry("微电子", "microelectronics"),
                    Map.entry("半导体", "semiconductor"),
                    Map.entry("计算机", "computer"),
                    Map.entry("技术", "technology"),
                    Map.entry("科技", "technology"),
                    Map.entry("信息", "information"),
                    Map.entry("产业", "industry"),
                    Map.entry("工业", "industry"),
                    Map.entry("集团", "group"),
                    Map.entry("国际", "international"),
                    Map.entry("電子", "electronics"),
                    Map.entry("电子", "electronics"),
                    Map.entry("制造", "manufacturing"),
                    Map.entry("设计", "design"),
                    Map.entry("中心", "center"),
                    Map.entry("大学", "university"),
                    Map.entry("学院", "academy"),
                    Map.entry("投资", "investment"),
                    Map.entry("控股", "holding"),
                    Map.entry("贸易", "trading"),
                    Map.entry("设备", "equipment"),
                    Map.entry("装备", "equipment"),
                    Map.entry("软件", "software"),
                    Map.entry("智能", "intelligent"),
                    Map.entry("计算", "computing"),
                    Map.entry("国家", "national"),
                    Map.entry("新区", "new district"),
                    Map.entry("存储", "memory"),
                    Map.entry("光电", "optoelectronics"),
                    Map.entry("通信", "communications"),
                    Map.entry("网络", "network"),
                    Map.entry("数据", "data"),
                    Map.entry("发展", "development"),
                    Map.entry("开发", "development"),
                    Map.entry("香港", "hong kong"),
                    Map.entry("澳门", "macau"),
                    Map.entry("云", "cloud"),
                    Map.entry("反导", "missile defense"),
                    Map.entry("반도체", "semiconductor"),
                    Map.entry("상업", "commercial"),
                    Map.entry("전자", "electronics"),
                    Map.entry("은행", "bank"),
                    Map.entry("조선", "korea"),
                    Map.entry("무역", "trading"),
                    Map.entry("기술", "technology"),
                    Map.entry("산업", "industry"),
                    Map.entry("개발", "development"),
                    Map.entry("국제", "international"),
                    Map.entry("그룹", "group"),
                    Map.entry("상사", "trading"),
                    Map.entry("총회사", "general corporation"),
                    Map.entry("회사", "company")),
            "company-glosses.txt");

    /**
     * Words of Japanese company names, longest first, to English list words: kanji words read in a
     * name's Japanese reading only, katakana loanwords wherever they are written (see the table's header).
     */
    static final List<Map.Entry<String, String>> JAPANESE_GLOSSES = withTable(List.of(), "japanese-glosses.txt");

    /** {@link #JAPANESE_GLOSSES} by first character, in the same order. */
    static final Map<Character, List<Map.Entry<String, String>>> JAPANESE_GLOSSES_BY_FIRST_CHAR;

    /** {@link #GLOSSES} by first character, in the same order. */
    static final Map<Character, List<Map.Entry<String, String>>> GLOSSES_BY_FIRST_CHAR;

    /** Ordinal words, read as numbers so that "First Division" and "Fourth Division" differ. */
    static final Map<String, String> ORDINALS = Map.ofEntries(
            Map.entry("first", "1"),
            Map.entry("second", "2"),
            Map.entry("third", "3"),
            Map.entry("fourth", "4"),
            Map.entry("fifth", "5"),
            Map.entry("sixth", "6"),
            Map.entry("seventh", "7"),
            Map.entry("eighth", "8"),
            Map.entry("ninth", "9"),
            Map.entry("tenth", "10"),
            Map.entry("1st", "1"),
            Map.entry("2nd", "2"),
            Map.entry("3rd", "3"),
            Map.entry("4th", "4"),
            Map.entry("5th", "5"));

    static final Set<String> STOP = set(
            "the", "of", "and", "for", "in", "on", "at", "to", "by", "de", "la", "le", "les", "del", "des", "di", "da",
            "do", "dos", "das", "du", "von", "van", "der", "den", "al", "el", "y", "e", "et", "und", "a");

    /**
     * Religious and honorific titles written before Muslim names on the lists ("Haji Abdul Basir",
     * "Mullah Fazlullah", "Maulavi Adam Khan", "Qari Din Mohammad"), each spelling to one key. A title
     * weighs as little as an article: one alias has it and another of the same person does not. Not
     * among them: words that are also given names or surnames (Sayed, Agha, Akhund, Amir, Qazi) and
     * ranks (General), which name companies too.
     */
    static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("haji", "haji"),
            Map.entry("hajji", "haji"),
            Map.entry("hadji", "haji"),
            Map.entry("alhaji", "haji"),
            Map.entry("alhajji", "haji"),
            Map.entry("alhaj", "haji"),
            Map.entry("mullah", "mullah"),
            Map.entry("mulla", "mullah"),
            Map.entry("molla", "mullah"),
            Map.entry("mawlawi", "mawlawi"),
            Map.entry("maulavi", "mawlawi"),
            Map.entry("maulawi", "mawlawi"),
            Map.entry("maulvi", "mawlawi"),
            Map.entry("moulavi", "mawlawi"),
            Map.entry("moulvi", "mawlawi"),
            Map.entry("mowlawi", "mawlawi"),
            Map.entry("molvi", "mawlawi"),
            Map.entry("maulana", "mawlana"),
            Map.entry("mawlana", "mawlana"),
            Map.entry("moulana", "mawlana"),
            Map.entry("qari", "qari"),
            Map.entry("sheikh", "shaykh"),
            Map.entry("shaikh", "shaykh"),
            Map.entry("shaykh", "shaykh"),
            Map.entry("sheik", "shaykh"),
            Map.entry("mufti", "mufti"));

    /**
     * The same titles in Arabic script as ICU spells it (حاجی hajy, الحاج alhaj, ملا mla, مولوی mwlwy,
     * مولانا mwlana, شیخ shykh, قاری qary, مفتی mfty), to the keys of {@link #TITLES}; only in that
     * script, where these letters are no abbreviation.
     */
    static final Map<String, String> ARABIC_TITLES = Map.ofEntries(
            Map.entry("hajy", "haji"),
            Map.entry("haj", "haji"),
            Map.entry("alhaj", "haji"),
            Map.entry("alhajj", "haji"),
            Map.entry("mla", "mullah"),
            Map.entry("mlla", "mullah"),
            Map.entry("mwlwy", "mawlawi"),
            Map.entry("mwlwi", "mawlawi"),
            Map.entry("mwlana", "mawlana"),
            Map.entry("shykh", "shaykh"),
            Map.entry("alshykh", "shaykh"),
            Map.entry("qary", "qari"),
            Map.entry("mfty", "mufti"));

    /** The keys of {@link #TITLES}. */
    static final Set<String> TITLE_KEYS = Set.copyOf(TITLES.values());

    /**
     * Words of Arabic script as ICU reads them that are particles, not names: في (fy, "in": القاعدة في
     * العراق, al-Qaida in Iraq), من (mn, "from, of"), و written apart (w, "and": حاجی خيرالله و حاجی
     * ستار) and Pashto د (d, "of"). Only in that script: Latin fy or mn are letters of an abbreviation,
     * a Latin w or d an initial.
     */
    static final Set<String> ARABIC_STOP = set("fy", "mn", "w", "d");

    static final Set<String> GENERIC = set(
            "technology",
            "tech",
            "science",
            "scientific",
            "information",
            "industry",
            "industrial",
            "electronic",
            "electronics",
            "electric",
            "electrical",
            "international",
            "group",
            "holding",
            "trading",
            "trade",
            "import",
            "export",
            "investment",
            "development",
            "manufacturing",
            "semiconductor",
            "microelectronics",
            "integrated",
            "circuit",
            "design",
            "center",
            "research",
            "institute",
            "university",
            "academy",
            "national",
            "new",
            "district",
            "service",
            "system",
            "solution",
            "network",
            "cloud",
            "computing",
            "computer",
            "data",
            "digital",
            "intelligent",
            "intelligence",
            "artificial",
            "software",
            "equipment",
            "machinery",
            "machine",
            "material",
            "energy",
            "engineering",
            "communication",
            "telecom",
            "telecommunication",
            "bank",
            "banking",
            "capital",
            "finance",
            "financial",
            "global",
            "general",
            "logistic",
            "shipping",
            "enterprise",
            "product",
            "device",
            "optoelectronic",
            "optoelectronics",
            "memory",
            "storage",
            "micro",
            "power",
            "smart",
            "vision",
            "media",
            "lab",
            "laboratory",
            "factory",
            "branch",
            "office",
            "department",
            "ministry",
            "bureau",
            "agency",
            "foundation",
            "association",
            "partner",
            "consulting",
            "management",
            "resource",
            "supply",
            "park",
            "zone",
            "area",
            "base",
            "building",
            "road",
            "street",
            "chemical",
            "pharmaceutical",
            "medical",
            "health",
            "construction",
            "transport",
            "aviation",
            "aerospace",
            "defense",
            "defence",
            "military",
            "security",
            "oil",
            "gas",
            "petroleum",
            "mining",
            "metal",
            "steel",
            "commercial",
            "economic",
            "marine",
            "shipbuilding",
            "instrument",
            "precision",
            "optical",
            "photonic",
            "automation",
            "automotive",
            "auto",
            "motor",
            "green",
            "future",
            "united",
            "royal",
            "star",
            "world",
            "asia",
            "pacific",
            "east",
            "west",
            "north",
            "south",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "sino",
            "research",
            "state",
            "key",
            "joint",
            "venture",
            "supercomputing",
            "supercomputer",
            "hi",
            "high",
            "performance",
            "advanced",
            "innovation",
            "application",
            "applied",
            "sale",
            "sales",
            "store",
            "shop",
            "farm",
            "render",
            "video",
            "audio",
            "hotel",
            "travel",
            "air",
            "airline",
            "airlines",
            "trust",
            "fund",
            "insurance",
            "exchange",
            "market",
            "house",
            "home",
            "center",
            "centre",
            "office",
            "representative",
            // words that pad a listed name without changing whom it names ("... Global Trading
            // Services Division")
            "division",
            "unit",
            "worldwide",
            "technical",
            "operation",
            "subsidiary",
            "affiliate");

    /** The adjectives of {@link #LOCATIONS} to the key of their place's name (Chinese, China). */
    static final Map<String, String> DEMONYMS = Map.of(
            "chinese", "china",
            "russian", "russia",
            "iranian", "iran",
            "american", "america",
            "european", "europe");

    static final Set<String> LOCATIONS = set(
            "china",
            "chinese",
            "beijing",
            "shanghai",
            "shenzhen",
            "hong",
            "kong",
            "hongkong",
            "macau",
            "macao",
            "tianjin",
            "wuxi",
            "guangzhou",
            "hangzhou",
            "chengdu",
            "nanjing",
            "suzhou",
            "wuhan",
            "jinan",
            "changsha",
            "zhengzhou",
            "xian",
            "hefei",
            "qingdao",
            "dongguan",
            "zhuhai",
            "kunshan",
            "jiangyin",
            "ningbo",
            "guiyang",
            "guizhou",
            "guian",
            "hubei",
            "jiangsu",
            "anhui",
            "shandong",
            "guangdong",
            "hunan",
            "sichuan",
            "fujian",
            "zhejiang",
            "xiamen",
            "chongqing",
            "harbin",
            "shenyang",
            "dalian",
            "xinjiang",
            "tibet",
            "pudong",
            "haidian",
            "longgang",
            "songshan",
            "zhangjiang",
            "singapore",
            "japan",
            "taiwan",
            "korea",
            "russia",
            "russian",
            "iran",
            "iranian",
            "syria",
            "usa",
            "america",
            "american",
            "europe",
            "european",
            "india",
            "pakistan",
            "vietnam",
            "saigon",
            "hanoi",
            "thailand",
            "malaysia",
            "indonesia",
            "uae",
            "dubai",
            "turkey",
            "istanbul",
            "moscow",
            "tehran",
            "london",
            "germany",
            "frankfurt",
            "berlin",
            "munich",
            "paris",
            "france",
            "israel",
            "tel",
            "aviv",
            "sao",
            "paulo",
            "brazil",
            "brasil",
            "canada",
            "mexico",
            "australia",
            "uk",
            "britain",
            "cayman",
            "tokyo",
            "osaka",
            "seoul",
            "pyongyang",
            "mumbai",
            "delhi",
            "bangalore",
            "karachi",
            "lahore",
            "kiev",
            "kyiv",
            "minsk",
            "belarus",
            "ukraine",
            "armenia",
            "yerevan",
            "georgia",
            "kazakhstan",
            "uzbekistan",
            "lebanon",
            "beirut",
            "iraq",
            "baghdad",
            "yemen",
            "cuba",
            "havana",
            "venezuela",
            "caracas",
            "colombia",
            "panama",
            "cyprus",
            "switzerland",
            "zurich",
            "geneva",
            "netherlands",
            "amsterdam",
            "italy",
            "milan",
            "spain",
            "madrid");

    /**
     * Words that make a name an organisation's, not a person's, though they are neither legal forms nor
     * generic business words (Islamic Revolutionary Guard Corps, Lord's Resistance Army): the matcher
     * reads an acronym of such a name (IRGC), and of no person's.
     */
    static final Set<String> ORGANISATION_WORDS = set(
            "corps",
            "army",
            "armies",
            "front",
            "brigade",
            "brigades",
            "battalion",
            "battalions",
            "regiment",
            "movement",
            "party",
            "council",
            "committee",
            "guard",
            "guards",
            "force",
            "forces",
            "league",
            "federation",
            "directorate",
            "bureau",
            "agency",
            "navy",
            "command",
            "militia",
            "organization",
            "union");

    /** Abbreviations the lists use interchangeably with the full word. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"),
            Map.entry("int", "international"),
            Map.entry("mfg", "manufacturing"),
            Map.entry("tech", "technology"),
            Map.entry("technol", "technology"),
            Map.entry("natl", "national"),
            Map.entry("univ", "university"),
            Map.entry("inst", "institute"),
            Map.entry("dev", "development"),
            Map.entry("sci", "science"),
            Map.entry("info", "information"),
            Map.entry("assn", "association"),
            Map.entry("dept", "department"),
            Map.entry("hldgs", "holding"),
            Map.entry("hldg", "holding"),
            Map.entry("grp", "group"),
            Map.entry("svcs", "service"),
            Map.entry("sys", "system"),
            Map.entry("eng", "engineering"),
            Map.entry("equip", "equipment"),
            Map.entry("elec", "electronic"),
            Map.entry("ctr", "center"),
            Map.entry("centre", "center"),
            Map.entry("ind", "industry"),
            Map.entry("industries", "industry"),
            Map.entry("technologies", "technology"),
            Map.entry("electronics", "electronic"),
            Map.entry("optoelectronics", "optoelectronic"),
            Map.entry("labs", "lab"),
            Map.entry("laboratories", "laboratory"),
            Map.entry("holdings", "holding"),
            Map.entry("st", "street"),
            Map.entry("banking", "bank"),
            Map.entry("bancorp", "bank"),
            Map.entry("rd", "road"),
            Map.entry("hi-tech", "hitech"),
            // the usual short and long forms of sector words (an airline listed as "... Airways" is
            // screened as "... Air")
            Map.entry("airways", "air"),
            Map.entry("airway", "air"),
            Map.entry("airlines", "air"),
            Map.entry("airline", "air"),
            Map.entry("org", "organization"),
            Map.entry("organisation", "organization"),
            Map.entry("govt", "government"),
            Map.entry("bros", "brother"),
            Map.entry("brothers", "brother"),
            Map.entry("corporations", "corp"),
            // the short forms the lists' own aliases write (Trdg., Inds., Shpg.)
            Map.entry("trdg", "trading"),
            Map.entry("tradg", "trading"),
            Map.entry("inds", "industry"),
            Map.entry("indus", "industry"),
            Map.entry("shpg", "shipping"),
            Map.entry("mgmt", "management"),
            Map.entry("mktg", "marketing"),
            Map.entry("engg", "engineering"),
            // more of the usual abbreviations of company words (Indl. Solutions, Chem. Corpn.); none that
            // is also a word or a name (Fin, Ent, Imp, Exp)
            Map.entry("indl", "industrial"),
            Map.entry("chem", "chemical"),
            Map.entry("chems", "chemical"),
            Map.entry("chemicals", "chemical"),
            Map.entry("svc", "service"),
            Map.entry("corpn", "corp"),
            Map.entry("assoc", "association"),
            Map.entry("acad", "academy"),
            Map.entry("genl", "general"),
            Map.entry("mgt", "management"),
            Map.entry("bldg", "building"),
            Map.entry("constr", "construction"),
            Map.entry("distr", "distribution"),
            Map.entry("transp", "transport"),
            Map.entry("shipg", "shipping"),
            Map.entry("invt", "investment"),
            Map.entry("enterprises", "enterprise"),
            // the short forms of a sector word the lists' aliases write (Sanovera Pharm Company)
            Map.entry("pharm", "pharmaceutical"),
            Map.entry("pharma", "pharmaceutical"),
            Map.entry("pharmaceuticals", "pharmaceutical"));

    /**
     * Sector words in other languages and in transliteration to the English word the lists use
     * (tejarat: trading, unhaeng: bank; {@code sector-words.txt}): a word is keyed as its translation.
     */
    static final Map<String, String> TRANSLATIONS = translations();

    private static Map<String, String> translations() {
        Map<String, String> out = new HashMap<>();
        for (String line : resourceLines("sector-words.txt")) {
            String[] words = line.split("\\|");
            for (int k = 1; k < words.length; k++) {
                if (out.putIfAbsent(words[k], words[0]) != null || ABBREVIATIONS.containsKey(words[k])) {
                    throw new IllegalStateException("sector-words.txt: " + words[k] + " is there twice");
                }
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Number words and Roman numerals read as the number they write, so that "Six" is 6 and
     * "Fund IX" is not "Fund XI". Roman numerals of one letter (I, V, X) stay letters: they are more
     * often initials. A number written in two words ("twenty-one") is not read as one: a typo in one
     * of the words would then lose the other.
     */
    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("forty", "40"),
            Map.entry("fifty", "50"),
            Map.entry("sixty", "60"),
            Map.entry("seventy", "70"),
            Map.entry("eighty", "80"),
            Map.entry("ninety", "90"),
            Map.entry("hundred", "100"),
            // French (Académie française spellings): the unambiguous ones alone; un, une, dix, onze,
            // neuf (also "new") and cent only inside a number of several words (FRENCH_NUMBERS)
            Map.entry("deux", "2"),
            Map.entry("trois", "3"),
            Map.entry("quatre", "4"),
            Map.entry("cinq", "5"),
            Map.entry("sept", "7"),
            Map.entry("huit", "8"),
            Map.entry("douze", "12"),
            Map.entry("treize", "13"),
            Map.entry("quatorze", "14"),
            Map.entry("quinze", "15"),
            Map.entry("seize", "16"),
            Map.entry("vingt", "20"),
            Map.entry("trente", "30"),
            Map.entry("quarante", "40"),
            Map.entry("cinquante", "50"),
            Map.entry("soixante", "60"),
            Map.entry("ii", "2"),
            Map.entry("iii", "3"),
            Map.entry("iv", "4"),
            Map.entry("vi", "6"),
            Map.entry("vii", "7"),
            Map.entry("viii", "8"),
            Map.entry("ix", "9"),
            Map.entry("xi", "11"),
            Map.entry("xii", "12"),
            Map.entry("xiii", "13"),
            Map.entry("xiv", "14"),
            Map.entry("xv", "15"),
            Map.entry("xvi", "16"),
            Map.entry("xvii", "17"),
            Map.entry("xviii", "18"),
            Map.entry("xix", "19"),
            Map.entry("xx", "20"),
            Map.entry("xxi", "21"));

    /**
     * French number words up to nineteen, and the tens, for numbers written in several words
     * (vingt-et-un, soixante-dix-sept, quatre-vingt-dix): read by {@code Normalizer.frenchNumber}.
     */
    static final Map<String, Integer> FRENCH_NUMBERS = Map.ofEntries(
            Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("deux", 2),
            Map.entry("trois", 3),
            Map.entry("quatre", 4),
            Map.entry("cinq", 5),
            Map.entry("six", 6),
            Map.entry("sept", 7),
            Map.entry("huit", 8),
            Map.entry("neuf", 9),
            Map.entry("dix", 10),
            Map.entry("onze", 11),
            Map.entry("douze", 12),
            Map.entry("treize", 13),
            Map.entry("quatorze", 14),
            Map.entry("quinze", 15),
            Map.entry("seize", 16),
            Map.entry("vingt", 20),
            Map.entry("trente", 30),
            Map.entry("quarante", 40),
            Map.entry("cinquante", 50),
            Map.entry("soixante", 60));

    static {
        String[][] forms = {
            {"co", "co"},
            {"company", "co"},
            {"cos", "co"},
            {"ltd", "ltd"},
            {"limited", "ltd"},
            {"ltda", "ltd"},
            {"llc", "llc"},
            {"inc", "inc"},
            {"incorporated", "inc"},
            {"corp", "corp"},
            {"corporation", "corp"},
            {"gmbh", "gmbh"},
            {"ag", "ag"},
            {"kg", "kg"},
            {"sa", "sa"},
            {"sarl", "sarl"},
            {"sas", "sas"},
            {"srl", "srl"},
            {"spa", "spa"},
            {"bv", "bv"},
            {"nv", "nv"},
            {"plc", "plc"},
            {"pte", "pte"},
            {"pty", "pty"},
            {"pvt", "pvt"},
            {"jsc", "jsc"},
            {"ojsc", "jsc"},
            {"cjsc", "jsc"},
            {"pjsc", "jsc"},
            {"ooo", "ooo"},
            {"oao", "oao"},
            {"zao", "zao"},
            {"pao", "pao"},
            {"ao", "ao"},
            {"tov", "ooo"},
            {"too", "ooo"},
            {"kk", "kk"},
            {"gk", "gk"},
            {"bhd", "bhd"},
            {"sdn", "bhd"},
            {"tbk", "tbk"},
            {"pt", "pt"},
            {"llp", "llp"},
            {"lp", "lp"},
            {"ab", "ab"},
            {"asa", "asa"},
            {"oy", "oy"},
            {"oyj", "oy"},
            {"kft", "kft"},
            {"zrt", "zrt"},
            {"sro", "sro"},
            {"doo", "doo"},
            {"ead", "ead"},
            {"eood", "eood"},
            {"fze", "fze"},
            {"fzco", "fze"},
            {"fzc", "fze"},
            {"fzllc", "fze"},
            {"dmcc", "dmcc"},
            {"lda", "ltd"},
            {"cv", "cv"},
            {"sapi", "sa"},
            {"jusikhoesa", "co"},
            {"chusikhoesa", "co"},
            {"jusighoesa", "co"},
            {"yuhanhoesa", "ltd"},
            {"kabushiki", "kk"},
            {"kaisha", "kk"},
            {"gongsi", "co"},
            {"youxian", "ltd"},
            {"pcl", "pcl"},
            {"ulc", "ulc"},
            {"sl", "sl"},
            {"sae", "sa"},
            {"saog", "sa"},
            {"wll", "llc"},
            {"est", "est"},
            {"establishment", "est"},
        };
        for (String[] f : forms) {
            FORMS.put(f[0], f[1]);
        }
        List<Map.Entry<List<String>, String>> phrases = new java.util.ArrayList<>(List.of(
                Map.entry(List.of("obshchestvo", "s", "ogranichennoi", "otvetstvennostiu"), "ooo"),
                Map.entry(List.of("limited", "liability", "company"), "llc"),
                Map.entry(List.of("limited", "liability", "partnership"), "llp"),
                Map.entry(List.of("public", "joint", "stock", "company"), "jsc"),
                Map.entry(List.of("closed", "joint", "stock", "company"), "jsc"),
                Map.entry(List.of("open", "joint", "stock", "company"), "jsc"),
                Map.entry(List.of("joint", "stock", "company"), "jsc"),
                Map.entry(List.of("closed", "joint", "stock"), "jsc"),
                Map.entry(List.of("open", "joint", "stock"), "jsc"),
                Map.entry(List.of("public", "joint", "stock"), "jsc"),
                Map.entry(List.of("joint", "stock"), "jsc"),
                Map.entry(List.of("public", "company", "limited"), "pcl"),
                Map.entry(List.of("sociedad", "anonima"), "sa"),
                Map.entry(List.of("societe", "anonyme"), "sa"),
                Map.entry(List.of("s", "de", "rl", "de", "cv"), "srl"),
                Map.entry(List.of("sa", "de", "cv"), "sa"),
                Map.entry(List.of("s", "de", "rl"), "srl"),
                Map.entry(List.of("you", "xian", "gong", "si"), "ltd"),
                Map.entry(List.of("gong", "si"), "co"),
                Map.entry(List.of("sdn", "bhd"), "bhd"),
                Map.entry(List.of("s", "a"), "sa")));
        readLegalForms(phrases);
        // longest first, so that "closed joint stock company" wins over "joint stock company"
        phrases.sort((x, y) -> Integer.compare(y.getKey().size(), x.getKey().size()));
        FORM_PHRASES = List.copyOf(phrases);
        Map<String, List<Map.Entry<List<String>, String>>> byFirst = new HashMap<>();
        for (Map.Entry<List<String>, String> phrase : FORM_PHRASES) {
            byFirst.computeIfAbsent(phrase.getKey().get(0), k -> new java.util.ArrayList<>())
                    .add(phrase);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        FORM_PHRASES_BY_FIRST_WORD = Map.copyOf(byFirst);
        NATIVE_FORMS_BY_FIRST_CHAR = byFirstChar(NATIVE_FORMS);
        GLOSSES_BY_FIRST_CHAR = byFirstChar(GLOSSES);
        JAPANESE_GLOSSES_BY_FIRST_CHAR = byFirstChar(JAPANESE_GLOSSES);
    }

    /**
     * Adds the forms of {@code legal-forms.txt} (ISO 20275 ELF names and abbreviations; see its header)
     * that the code above lacks: one-word forms to {@link #FORMS}, longer ones to {@code phrases}.
     */
    private static void readLegalForms(List<Map.Entry<List<String>, String>> phrases) {
        java.util.Set<List<String>> known = new java.util.HashSet<>();
        for (Map.Entry<List<String>, String> p : phrases) {
            known.add(p.getKey());
        }
        for (String line : resourceLines("legal-forms.txt")) {
            String[] fields = line.split("\\|");
            String code = fields[0];
            FORMS.putIfAbsent(code, code);
            for (int i = 1; i < fields.length; i++) {
                List<String> words = foldedWords(fields[i]);
                if (words.size() == 1) {
                    FORMS.putIfAbsent(words.get(0), code);
                } else if (words.size() > 1 && known.add(words)) {
                    phrases.add(Map.entry(words, code));
                }
            }
        }
    }

    /**
     * {@code words} and the "native|english" lines of {@code file} that {@code words} lack, longest
     * native word first (a longer gloss wins where both start at one character).
     */
    private static List<Map.Entry<String, String>> withTable(List<Map.Entry<String, String>> words, String file) {
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>(words);
        java.util.Set<String> known = new java.util.HashSet<>();
        words.forEach(e -> known.add(e.getKey()));
        for (String line : resourceLines(file)) {
            String[] f = line.split("\\|");
            if (f.length == 2 && known.add(f[0])) {
                out.add(Map.entry(f[0], f[1]));
            }
        }
        out.sort((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()));
        return List.copyOf(out);
    }

    /** The words of a table entry as the normaliser reads them: lower-case ASCII, dots dropped. */
    private static List<String> foldedWords(String s) {
        String folded =
                Transliteration.ascii(s).toLowerCase(java.util.Locale.ROOT).replace(".", "");
        List<String> out = new java.util.ArrayList<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The lines of a table beside this class, without blank lines and "#" comments. */
    static List<String> resourceLines(String file) {
        java.io.InputStream in = Lexicon.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("table " + file + " is missing from the jar");
        }
        List<String> out = new java.util.ArrayList<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static Map<Character, List<Map.Entry<String, String>>> byFirstChar(List<Map.Entry<String, String>> words) {
        Map<Character, List<Map.Entry<String, String>>> out = new HashMap<>();
        for (Map.Entry<String, String> w : words) {
            out.computeIfAbsent(w.getKey().charAt(0), k -> new java.util.ArrayList<>())
                    .add(w);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
