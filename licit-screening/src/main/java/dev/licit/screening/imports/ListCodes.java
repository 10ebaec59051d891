package dev.licit.screening.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short list codes from the CSL's long source names. */
final class ListCodes {
    // "Entity List (EL) - Bureau of Industry and Security" -> EL; "(NS-MBS List)" -> NS-MBS
    private static final Pattern CODE = Pattern.compile("\\(([A-Z][A-Z0-9-]*)(?: List)?\\)");

    private ListCodes() {}

    public static String fromCslSource(String source) {
        Matcher m = CODE.matcher(source);
        String code = null;
        while (m.find()) {
            code = m.group(1);
        }
        return code;
    }
}
