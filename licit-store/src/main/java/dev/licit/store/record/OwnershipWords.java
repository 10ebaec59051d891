package dev.licit.store.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a party stands under each 50 % rule, said in the record's language: the engine writes it in
 * English (OwnershipCheck's sentences, joined by PartyOwnership into the reasons' {@code
 * {ownershipPath}}); in Korean it is rebuilt from the outcome's values (standing, share, the owners on
 * the path with their lists), as the UI's {@code Licit.ownershipText} does, with the same words.
 */
final class OwnershipWords {
    /** The list names of Listing.words(), in Korean as the rules' Korean titles name them. */
    private static final Map<String, String> KO_LISTS = Map.of(
            "EL", "Entity List",
            "MEU", "군사 최종 사용자(MEU) 명단",
            "SDN", "OFAC SDN 명단",
            "DPL", "거래금지자 명단(DPL)",
            "UVL", "미검증 명단(UVL)");

    private OwnershipWords() {}

    /** One rule's outcome ({@code parties[].ownership.rules[]}) for {@code party}, in {@code lang}. */
    static String text(RecordLanguage lang, String party, JsonNode rule) {
        String english = rule.path("text").asText("");
        if (lang == RecordLanguage.EN) {
            return english;
        }
        String share = rule.hasNonNull("sharePercent") ? number(rule.get("sharePercent")) : "";
        String path = path(rule.path("path"));
        String said = switch (rule.path("standing").asText("")) {
            case "COVERED" -> party + "은(는) 명단 등재자가 " + share + " % 소유합니다: " + path;
            case "UNRESOLVED" ->
                party + "은(는) 명단 등재자가 기준 이상 소유하고 있을 수 있습니다. 등재된 소유자의 지분을 알 수 없습니다(확인된 지분 " + share + " %): " + path;
            case "DOUBTFUL" ->
                party + "은(는) 명단 등재자가 기준 이상 소유하고 있을 수 있습니다("
                        // the English's three causes, told apart by its words
                        + (english.contains("possible list match")
                                ? "가능한 명단 일치가 확인되는 경우"
                                : english.contains("more owners than were walked")
                                        ? "확인한 범위 밖에도 소유자가 있음"
                                        : "소유 자료가 서로 모순됨")
                        + "): " + path;
            case "CLEAR" ->
                rule.path("path").isEmpty()
                        ? party + "에는 명단에 등재된 소유자가 없습니다."
                        : party + "은(는) 명단 등재자가 " + share + " % 소유하며, 기준에 미달합니다: " + path;
            default -> null;
        };
        return said == null ? english : Particles.resolve(said);
    }

    /** A standing in words: the UI's own.standing.* terms. */
    static String standing(RecordLanguage lang, String standing) {
        return lang.term("own.standing", standing);
    }

    /**
     * The reasons' parameters with {@code ownershipPath} said in {@code lang}, when it is the one the
     * engine joined from this decision's parties (their outcomes that are not clear, each once, in
     * order); anything else in it (a note on an unscreened owner) leaves it in English.
     */
    static JsonNode params(RecordLanguage lang, JsonNode decision, JsonNode params) {
        if (lang == RecordLanguage.EN || params == null || !params.hasNonNull("ownershipPath")) {
            return params;
        }
        Map<String, String> said = new LinkedHashMap<>();
        for (JsonNode p : decision.path("parties")) {
            for (JsonNode r : p.path("ownership").path("rules")) {
                if (!"CLEAR".equals(r.path("standing").asText())) {
                    said.putIfAbsent(
                            r.path("text").asText(""), text(lang, p.path("name").asText(""), r));
                }
            }
        }
        if (said.isEmpty()
                || !String.join("; ", said.keySet())
                        .equals(params.get("ownershipPath").asText())) {
            return params;
        }
        ObjectNode copy = ((ObjectNode) params).deepCopy();
        copy.put("ownershipPath", String.join("; ", said.values()));
        return copy;
    }

    /** A share as the engine writes it: 60, 49.99 (no trailing ".0"). */
    private static String number(JsonNode n) {
        return new java.math.BigDecimal(n.asText()).stripTrailingZeros().toPlainString();
    }

    /** The owners on a share's path: name, share, each listing, a covered owner's own listed owners. */
    private static String path(JsonNode path) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : path) {
            List<String> why = new ArrayList<>();
            for (JsonNode l : c.path("listings")) {
                String list = l.path("list").asText("");
                String notice = l.path("federalRegisterNotice").asText("");
                why.add("등재: " + ("POSSIBLE".equals(l.path("band").asText()) ? "일치 가능성 " : "")
                        + KO_LISTS.getOrDefault(list, list) + (notice.isBlank() ? "" : ", " + notice));
            }
            if (!c.path("via").isEmpty()) {
                why.add("그 자체가 명단 등재자 소유: " + path(c.path("via")));
            }
            parts.add(c.path("owner").asText("") + " "
                    + (c.hasNonNull("percent") ? number(c.get("percent")) + " %" : "지분 미상")
                    + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")"));
        }
        return String.join(", ", parts);
    }
}
