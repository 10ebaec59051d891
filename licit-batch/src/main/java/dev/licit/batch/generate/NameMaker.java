package dev.licit.batch.generate;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Invents customer names that look like a distributor's customer file: companies and people in Latin,
 * Han, Hangul, Cyrillic and Arabic script, each with a country that fits the script. The vocabularies are
 * small on purpose: names repeat words the way real customer files do (many "Trading Co., Ltd."), which is
 * what makes screening hard.
 */
final class NameMaker {
    /** A made-up party: its name, country and address. */
    record Made(String name, String country, String address) {}

    private static final List<String> LATIN_WORDS = List.of(
            "Northwind",
            "Bluewater",
            "Sunrise",
            "Helix",
            "Orion",
            "Vertex",
            "Lumen",
            "Cedar",
            "Pioneer",
            "Harborview",
            "Summit",
            "Nova",
            "Evergreen",
            "Silverline",
            "Redstone",
            "Maple",
            "Falcon",
            "Crescent",
            "Aurora",
            "Zenith",
            "Meridian",
            "Keystone",
            "Granite",
            "Polaris",
            "Cobalt",
            "Riverside",
            "Westbrook",
            "Ironwood",
            "Bright",
            "Clearpath",
            "Tidewater",
            "Lakeshore",
            "Highland",
            "Kestrel",
            "Sterling",
            "Beacon",
            "Oakridge",
            "Starling",
            "Juniper",
            "Solano",
            "Vantage",
            "Coral",
            "Brightwave",
            "Alder");
    private static final List<String> LATIN_GENERIC = List.of(
            "Trading",
            "Logistics",
            "Systems",
            "Electronics",
            "Technologies",
            "Industries",
            "Solutions",
            "Components",
            "Computing",
            "Supply",
            "Distribution",
            "Engineering",
            "Data",
            "Networks",
            "Imports",
            "Micro");
    private static final List<String> LATIN_FORMS = List.of(
            "Ltd",
            "LLC",
            "GmbH",
            "S.A.",
            "S.r.l.",
            "B.V.",
            "Pte. Ltd.",
            "Co., Ltd.",
            "Inc.",
            "AG",
            "SAS",
            "Sp. z o.o.",
            "Corp.",
            "Pty Ltd",
            "Sdn. Bhd.",
            "JSC");
    private static final List<String> FIRST = List.of(
            "Maria", "James", "Anna", "Lukas", "Sofia", "Mateo", "Emma", "Noah", "Olga", "Rahul", "Priya", "Ahmed",
            "Fatima", "Minh", "Linh", "Carlos", "Ines", "Tomas", "Yuki", "Hana");
    private static final List<String> LAST = List.of(
            "Garcia",
            "Muller",
            "Rossi",
            "Nguyen",
            "Kowalski",
            "Silva",
            "Novak",
            "Sharma",
            "Haddad",
            "Tanaka",
            "Okafor",
            "Jensen",
            "Dubois",
            "Costa",
            "Schmidt",
            "Patel",
            "Moreau");
    private static final List<String> LATIN_COUNTRIES = List.of(
            "US", "DE", "FR", "GB", "NL", "IT", "ES", "PL", "VN", "MY", "SG", "IN", "BR", "MX", "AU", "IL", "TR", "TH",
            "ID", "CA", "JP");

    private static final List<String> HAN_CITIES = List.of("深圳市", "上海", "北京", "杭州", "广州市", "苏州", "成都", "香港", "台北");
    private static final String HAN_CHARS = "华信达鑫宏泰恒瑞博创联源盛星晨海龙天辰嘉安明新中金乐航远富宇通云锦誉科";
    private static final List<String> HAN_TRADES = List.of("科技", "电子", "贸易", "信息技术", "物流", "实业", "半导体", "智能");
    private static final List<String> HAN_FORMS = List.of("有限公司", "股份有限公司", "有限责任公司");

    private static final String HANGUL = "한성대우진세미래동아글로벌신정보기술전자윤하나";
    private static final List<String> HANGUL_TRADES = List.of("전자", "테크", "물산", "정보통신", "시스템", "반도체");

    private static final List<String> CYR_FIRST = List.of(
            "Северный", "Восточный", "Новый", "Первый", "Глобал", "Смарт", "Балтийский", "Уральский", "Сибирский");
    private static final List<String> CYR_SECOND = List.of(
            "Альянс",
            "Системы",
            "Технологии",
            "Торг",
            "Логистик",
            "Электроника",
            "Поток",
            "Горизонт",
            "Вектор",
            "Импорт");
    private static final List<String> CYR_FORMS = List.of("ООО", "АО", "ЗАО", "ПАО", "ТОО");
    private static final List<String> CYR_COUNTRIES = List.of("RU", "BY", "KZ", "KG", "UZ", "AM");

    private static final List<String> AR_FIRST =
            List.of("النور", "الأمل", "الخليج", "الشرق", "المستقبل", "الفجر", "الرواد", "الواحة", "النخبة", "الأفق");
    private static final List<String> AR_SECOND =
            List.of("للتجارة", "للإلكترونيات", "للتقنية", "للخدمات اللوجستية", "للحاسبات", "للتوريدات");
    private static final List<String> AR_COUNTRIES = List.of("AE", "SA", "EG", "QA", "JO", "OM", "KW", "BH");

    private static final List<String> STREETS = List.of(
            "Harbour Road",
            "Industrial Park",
            "Main Street",
            "Tech Avenue",
            "Station Road",
            "Free Zone",
            "Science Park",
            "Ring Road");

    private final RandomGenerator random;

    NameMaker(RandomGenerator random) {
        this.random = random;
    }

    /** A party in one of the five scripts: Latin most often, as in a Western distributor's file. */
    Made next() {
        int script = random.nextInt(100);
        if (script < 55) {
            return random.nextInt(5) == 0 ? latinPerson() : latinCompany();
        } else if (script < 75) {
            return han();
        } else if (script < 83) {
            return hangul();
        } else if (script < 92) {
            return cyrillic();
        }
        return arabic();
    }

    private Made latinCompany() {
        String name = pick(LATIN_WORDS) + (random.nextBoolean() ? " " + pick(LATIN_WORDS) : "") + " "
                + pick(LATIN_GENERIC) + " " + pick(LATIN_FORMS);
        return new Made(name, pick(LATIN_COUNTRIES), address());
    }

    private Made latinPerson() {
        return new Made(pick(FIRST) + " " + pick(LAST), pick(LATIN_COUNTRIES), address());
    }

    private Made han() {
        String city = pick(HAN_CITIES);
        String country = city.equals("香港") ? "HK" : city.equals("台北") ? "TW" : "CN";
        String name = city + chars(HAN_CHARS, 2) + pick(HAN_TRADES) + pick(HAN_FORMS);
        return new Made(name, country, address());
    }

    private Made hangul() {
        String name =
                (random.nextBoolean() ? "주식회사 " : "") + chars(HANGUL, 2 + random.nextInt(2)) + pick(HANGUL_TRADES);
        return new Made(name, "KR", address());
    }

    private Made cyrillic() {
        String name = pick(CYR_FORMS) + " «" + pick(CYR_FIRST) + " " + pick(CYR_SECOND) + "»";
        return new Made(name, pick(CYR_COUNTRIES), address());
    }

    private Made arabic() {
        String name = "شركة " + pick(AR_FIRST) + " " + pick(AR_SECOND) + (random.nextBoolean() ? " ذ.م.م" : "");
        return new Made(name, pick(AR_COUNTRIES), address());
    }

    String address() {
        return (1 + random.nextInt(400)) + " " + pick(STREETS) + ", Unit " + (1 + random.nextInt(90));
    }

    private String chars(String pool, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
