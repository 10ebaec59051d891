package dev.licit.screening.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names as the lists write them (UN, OFAC, BIS) to ISO 3166-1 alpha-2 codes.
 *
 * <p>The JDK's English display names cover most; the UN's formal names ("Iran (Islamic Republic
 * of)") and a few historic spellings are added by hand.
 */
final class CountryCodes {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            BY_NAME.put(key(Locale.of("", cc).getDisplayCountry(Locale.ENGLISH)), cc);
        }
        String[][] extra = {
            {"iran (islamic republic of)", "IR"},
            {"iran", "IR"},
            {"syrian arab republic", "SY"},
            {"syria", "SY"},
            {"democratic people's republic of korea", "KP"},
            {"korea, north", "KP"},
            {"north korea", "KP"},
            {"republic of korea", "KR"},
            {"korea, south", "KR"},
            {"south korea", "KR"},
            {"korea", "KR"},
            {"russian federation", "RU"},
            {"russia", "RU"},
            {"viet nam", "VN"},
            {"vietnam", "VN"},
            {"united republic of tanzania", "TZ"},
            {"tanzania", "TZ"},
            {"bolivia (plurinational state of)", "BO"},
            {"venezuela (bolivarian republic of)", "VE"},
            {"libyan arab jamahiriya", "LY"},
            {"libya", "LY"},
            {"democratic republic of the congo", "CD"},
            {"congo, democratic republic of the", "CD"},
            {"republic of the congo", "CG"},
            {"congo", "CG"},
            {"lao people's democratic republic", "LA"},
            {"burma", "MM"},
            {"myanmar", "MM"},
            {"united kingdom of great britain and northern ireland", "GB"},
            {"united kingdom", "GB"},
            {"united states of america", "US"},
            {"united states", "US"},
            {"republic of moldova", "MD"},
            {"moldova", "MD"},
            {"türkiye", "TR"},
            {"turkey", "TR"},
            {"state of palestine", "PS"},
            {"palestinian", "PS"},
            {"west bank", "PS"},
            {"gaza", "PS"},
            {"china", "CN"},
            {"hong kong", "HK"},
            {"china (hong kong)", "HK"},
            {"macau", "MO"},
            {"macao", "MO"},
            {"taiwan", "TW"},
            {"ivory coast", "CI"},
            {"cote d'ivoire", "CI"},
            {"côte d'ivoire", "CI"},
            {"the netherlands", "NL"},
            {"netherlands", "NL"},
            {"czech republic", "CZ"},
            {"czechia", "CZ"},
            {"north macedonia", "MK"},
            {"the former yugoslav republic of macedonia", "MK"},
            {"bosnia-herzegovina", "BA"},
            {"cayman islands", "KY"},
            {"region: crimea", "UA"},
            {"crimea", "UA"},
            {"kosovo", "XK"},
            {"eswatini", "SZ"},
            {"swaziland", "SZ"},
            {"cabo verde", "CV"},
            {"cape verde", "CV"},
            {"brunei darussalam", "BN"},
            {"micronesia (federated states of)", "FM"},
        };
        for (String[] e : extra) {
            BY_NAME.put(key(e[0]), e[1]);
        }
    }

    private CountryCodes() {}

    /** The ISO code for a country name or code, or null when unknown. */
    public static String of(String nameOrCode) {
        if (nameOrCode == null) {
            return null;
        }
        String s = nameOrCode.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() == 2 && ISO.contains(s.toUpperCase(Locale.ROOT))) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (s.equals("XK")) {
            return "XK";
        }
        return BY_NAME.get(key(s));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
