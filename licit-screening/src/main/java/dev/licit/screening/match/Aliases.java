package dev.licit.screening.match;

import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The searchable forms of one published name. Lists pack several facts into a name: a short name
 * in brackets ("Huawei Technologies Co., Ltd. (Huawei)"), a place after the legal form
 * ("HiSilicon Optoelectronics Co., Ltd., Wuhan, Hubei"), an affiliate ("... Affiliated Entity:
 * Shanghai Huawei Technologies Co., Ltd."). Each such fact becomes an alias of its own, with a note
 * saying how it was derived, so that an explanation can point at the exact words on the list.
 */
public final class Aliases {
    private static final Pattern PAREN = Pattern.compile("[(（]([^()（）]*)[)）]");
    /** "Offshore" as the lists write it after a legal form in brackets: SAL (OFF-SHORE), S.A.L. (Offshore). */
    private static final Pattern OFFSHORE = Pattern.compile("(?i)\\s*off[\\s-]?shore\\s*");

    private static final Pattern AFFILIATE = Pattern.compile("(?i)\\baffiliated entit(?:y|ies):\\s*");

    private Aliases() {}

    /** A searchable form and how it was derived ("" when it is the name as published). */
    public record Alias(String text, String note) {}

    public static List<Alias> derive(String published) {
        Map<String, Alias> out = new LinkedHashMap<>();
        String base = published.strip().replaceFirst("(?i)^and\\s+", "");
        add(out, base, "");
        Matcher aff = AFFILIATE.matcher(base);
        if (aff.find()) {
            String affiliate = base.substring(aff.end()).strip();
            add(out, affiliate, "affiliate named in the entry");
            withoutPlace(out, affiliate, "affiliate named in the entry, without the place after its legal form");
            base = base.substring(0, aff.start()).strip();
            add(out, base, "parent named in the entry");
        }
        Matcher m = PAREN.matcher(base);
        boolean any = false;
        while (m.find()) {
            String inner = m.group(1).strip();
            // a place in brackets distinguishes siblings ("Cambricon (Nanjing)" from "Cambricon (Kunshan)"),
            // so it is never dropped
            if (isPlaceOrForm(inner)) {
                continue;
            }
            any = true;
            boolean atEnd = base.substring(m.end()).replaceAll("[\\s.,;]", "").isEmpty();
            if (inner.length() >= 2 && atEnd && !isPlaceOrForm(inner)) {
                add(out, inner, "short name given in brackets");
            }
        }
        if (any) {
            String without = PAREN.matcher(base)
                    .replaceAll(r -> isPlaceOrForm(r.group(1)) ? " " + r.group(1) + " " : " ")
                    .replaceAll("\\s+", " ")
                    .replaceAll(" ([,.])", "$1")
                    .replaceAll("\\.{2,}", ".")
                    .strip();
            add(out, without, "without the part in brackets");
            withoutPlace(out, without, "without the part in brackets and the place after the legal form");
        } else {
            withoutPlace(out, base, "without the place after the legal form");
        }
        return new ArrayList<>(out.values());
    }

    /** "X Co., Ltd., Wuhan, Hubei" also reads "X Co., Ltd.". */
    private static void withoutPlace(Map<String, Alias> out, String name, String note) {
        String[] segments = name.split(",");
        int lastForm = -1;
        for (int i = 0; i < segments.length; i++) {
            String[] words =
                    Normalizer.fold(segments[i]).replace(".", "").strip().split("\\s+");
            String last = words[words.length - 1];
            if (!last.isEmpty() && Normalizer.token(last, "latin").kind() == TokenKind.FORM) {
                lastForm = i;
            }
        }
        if (lastForm >= 0 && lastForm < segments.length - 1) {
            String head = String.join(",", java.util.Arrays.copyOfRange(segments, 0, lastForm + 1))
                    .strip();
            add(out, head, note);
        }
    }

    private static boolean isPlaceOrForm(String inner) {
        if (OFFSHORE.matcher(inner).matches()) {
            return true; // SAL (OFF-SHORE): the Lebanese offshore company's form, not a short name
        }
        List<dev.licit.screening.normalize.Token> ts =
                Normalizer.normalize(inner).tokens();
        if (ts.isEmpty()) {
            return true;
        }
        for (var t : ts) {
            if (t.kind() != TokenKind.LOCATION && t.kind() != TokenKind.FORM && t.kind() != TokenKind.STOP) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, Alias> out, String text, String note) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        String key = Normalizer.normalize(t).text();
        if (!key.isEmpty()) {
            out.putIfAbsent(key, new Alias(t, note));
        }
    }
}
