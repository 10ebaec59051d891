package dev.licit.store.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a record in one language: its labels, and the rules' own explanations in that
 * language (data/i18n/rules.LANG.yaml, the same texts the UI shows) filled with the decision's values.
 */
public enum RecordLanguage {
    EN,
    KO;

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)\\}");

    /** The language a request asks for: Korean when {@code ko} comes first, else English. */
    public static RecordLanguage of(String tag) {
        if (tag == null) {
            return EN;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("ko") ? KO : EN;
    }

    /** Parses {@code en} or {@code ko}, refusing anything else. */
    public static RecordLanguage parse(String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "ko" -> KO;
            default -> throw new IllegalArgumentException("lang: en or ko, not '" + code + "'");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label(String key) {
        String[] pair = LABELS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return this == KO ? pair[1] : pair[0];
    }

    /**
     * A code's word in this language ({@code group.CODE} among the labels, the same terms as the UI's
     * tables): a case's kind and status, a match's band and status, a party's role, an action. A code
     * without a word (one added since) is shown as it is rather than refused.
     */
    String term(String group, Object code) {
        if (code == null) {
            return "";
        }
        String[] pair = LABELS.get(group + "." + code);
        return pair == null ? code.toString() : this == KO ? pair[1] : pair[0];
    }

    /**
     * A rule's explanation in this language, filled as the UI fills it: {@code {name}} takes the
     * reason's parameter, a {@code [ ... ]} part whose parameters are absent is left out. Null when
     * this language has no text for the key (the English summary is shown then).
     */
    String fill(String key, JsonNode params) {
        if (this == EN || key == null) {
            return null;
        }
        JsonNode tpl = koTexts().get(key);
        if (tpl == null || !tpl.isTextual()) {
            return null;
        }
        Matcher opt = OPTIONAL.matcher(tpl.asText());
        StringBuilder kept = new StringBuilder();
        while (opt.find()) {
            Matcher p = PARAM.matcher(opt.group(1));
            boolean all = true;
            while (p.find()) {
                all &= params != null && params.hasNonNull(p.group(1));
            }
            opt.appendReplacement(kept, Matcher.quoteReplacement(all ? opt.group(1) : ""));
        }
        opt.appendTail(kept);
        Matcher p = PARAM.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            JsonNode v = params == null ? null : params.get(p.group(1));
            String value = v == null || v.isNull() ? p.group() : word(p.group(1), v.asText());
            p.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        p.appendTail(out);
        return Particles.resolve(out.toString());
    }

    /**
     * A value in this language where it is one of the engine's fixed English phrases: a rule's title
     * (in {@code {rule}}, by its {@code title.*} entry) or a review policy's words.
     */
    private String word(String name, String value) {
        if ("rule".equals(name)) {
            JsonNode title = koTexts().get("title." + value);
            if (title != null && title.isTextual()) {
                return title.asText();
            }
        }
        return policyWord(value);
    }

    /** A rule's title on its own in this language: its {@code title.*} entry, else the English title. */
    String ruleTitle(String title) {
        if (this == KO && title != null) {
            JsonNode t = koTexts().get("title." + title);
            if (t != null && t.isTextual()) {
                return t.asText();
            }
        }
        return title == null ? "" : title;
    }

    private String policyWord(String value) {
        return switch (value) {
            case "presumption of denial" -> label("policy.PRESUMPTION_OF_DENIAL");
            case "case-by-case review" -> label("policy.CASE_BY_CASE");
            case "presumption of approval" -> label("policy.PRESUMPTION_OF_APPROVAL");
            default -> value;
        };
    }

    private static volatile JsonNode ko;

    private static JsonNode koTexts() {
        JsonNode t = ko;
        if (t == null) {
            try (InputStream in = RecordLanguage.class.getResourceAsStream("/licit/data/i18n/rules.ko.yaml")) {
                t = in == null ? Json.object() : Json.YAML.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ko = t;
        }
        return t;
    }

    /** Label key: {English, Korean}. Korean uses the usual compliance terms (사안별 심사, 목적국, 반려). */
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {"Export decision record", "수출 판정 기록"}),
            Map.entry("eccnNone", new String[] {"outside 3A090/4A090", "3A090·4A090 해당 없음"}),
            Map.entry("residual", new String[] {"Own classification", "품목 자체의 분류"}),
            Map.entry("wouldChange", new String[] {"What would change this", "판정을 바꿀 수 있는 사항"}),
            Map.entry("supersededBy", new String[] {"overcome by {exception}:", "{exception}(으)로 해소됨:"}),
            Map.entry("scope", new String[] {
                "Licit applies U.S. export rules (EAR, OFAC) only; it does not apply Korea's strategic items control.",
                "Licit은 미국 수출통제 규정(EAR, OFAC)만 적용하며, 한국의 전략물자 수출통제는 적용하지 않습니다."
            }),
            Map.entry("decision", new String[] {"Decision", "판정"}),
            Map.entry("order", new String[] {"Order", "주문"}),
            Map.entry("orderId", new String[] {"Order id", "주문 번호"}),
            Map.entry("exportDate", new String[] {"Export date", "수출일"}),
            Map.entry("exportFrom", new String[] {"Exported from", "수출국"}),
            Map.entry("destination", new String[] {"Destination", "목적국"}),
            Map.entry("exporter", new String[] {"Exporter", "수출자"}),
            Map.entry("decidedAt", new String[] {"Decided at", "판정 일시"}),
            Map.entry("submittedBy", new String[] {"Submitted by", "제출자"}),
            Map.entry("rules", new String[] {"Rules in force on", "적용 규칙 기준일"}),
            Map.entry("rulebook", new String[] {"Rulebook version and SHA-256", "규칙집 버전 및 SHA-256"}),
            Map.entry("lists", new String[] {"List snapshot", "명단 스냅숏"}),
            Map.entry("content", new String[] {"Order content SHA-256", "주문 내용 SHA-256"}),
            Map.entry("verdict", new String[] {"Verdict", "판정 결과"}),
            Map.entry("dryRun", new String[] {
                "Dry run under the rules of another date: recorded, never shippable.",
                "다른 날짜 규칙에 따른 모의 판정: 기록되지만 선적할 수 없습니다."
            }),
            Map.entry("items", new String[] {"Items and classification", "품목 및 분류"}),
            Map.entry("item", new String[] {"Item", "품목"}),
            Map.entry("quantity", new String[] {"Quantity", "수량"}),
            Map.entry("eccn", new String[] {"ECCN", "ECCN"}),
            Map.entry("figures", new String[] {"Figures", "수치"}),
            Map.entry("reasons", new String[] {"Reasons and citations", "근거 및 인용"}),
            Map.entry("missing", new String[] {"Missing data", "누락된 자료"}),
            Map.entry("parties", new String[] {"Parties and screening", "당사자 및 명단 심사"}),
            Map.entry("role", new String[] {"Role", "역할"}),
            Map.entry("name", new String[] {"Name", "이름"}),
            Map.entry("country", new String[] {"Country", "소재국"}),
            Map.entry("matches", new String[] {"List matches", "명단 일치 후보"}),
            Map.entry("noMatch", new String[] {"no list match", "명단 일치 없음"}),
            Map.entry("presumes", new String[] {"Presumes (the exporter's own checks)", "전제 조건 (수출자 자체 확인 사항)"}),
            Map.entry("review", new String[] {"Review", "검토"}),
            Map.entry("noCase", new String[] {"No review case was opened.", "검토 건이 열리지 않았습니다."}),
            Map.entry("case", new String[] {"Case", "검토 건"}),
            Map.entry("action", new String[] {"Action", "조치"}),
            Map.entry("by", new String[] {"By", "처리자"}),
            Map.entry("at", new String[] {"At", "일시"}),
            Map.entry("reason", new String[] {"Reason", "사유"}),
            Map.entry("original", new String[] {"Server's original (English)", "서버 기록 원문 (영어)"}),
            Map.entry("authorization", new String[] {"Authorization and shipment", "허가 및 선적"}),
            Map.entry("status", new String[] {"Status today", "현재 상태"}),
            Map.entry("license", new String[] {"License", "수출 허가"}),
            Map.entry("notification", new String[] {"NAC notification", "NAC 통지"}),
            Map.entry("waitingEnds", new String[] {"waiting period ends", "대기 기간 종료"}),
            Map.entry("shipment", new String[] {"Shipment", "선적"}),
            Map.entry("noShipment", new String[] {"No shipment recorded.", "기록된 선적이 없습니다."}),
            Map.entry("unitsPerLine", new String[] {"units per line", "품목별 수량"}),
            Map.entry("invoice", new String[] {"invoice", "송장"}),
            Map.entry("audit", new String[] {"Audit trail", "감사 기록"}),
            Map.entry("seq", new String[] {"Seq.", "순번"}),
            Map.entry("event", new String[] {"Event", "이벤트"}),
            Map.entry("hash", new String[] {"Hash", "해시"}),
            Map.entry("next", new String[] {"Next steps", "다음 조치"}),
            Map.entry("tags", new String[] {
                "Reliability tags: [P] primary, [S] secondary, [N] third-party notes, [I] inference.",
                "신뢰도 표시: [P] 1차 자료, [S] 2차 자료, [N] 제3자 메모, [I] 추론."
            }),
            Map.entry("printed", new String[] {"Record made", "기록 작성 일시"}),
            Map.entry("policy.PRESUMPTION_OF_DENIAL", new String[] {"presumption of denial", "거부 추정"}),
            Map.entry("policy.CASE_BY_CASE", new String[] {"case-by-case review", "사안별 심사"}),
            Map.entry("policy.PRESUMPTION_OF_APPROVAL", new String[] {"presumption of approval", "승인 추정"}),
            Map.entry("verdict.NLR", new String[] {"No license required", "허가 불필요"}),
            Map.entry("verdict.LICENSE_EXCEPTION", new String[] {"License exception", "허가 예외"}),
            Map.entry("verdict.NOTIFICATION_REQUIRED", new String[] {"Notify BIS and wait", "BIS 통지 후 대기"}),
            Map.entry("verdict.LICENSE_REQUIRED", new String[] {"License required", "허가 필요"}),
            Map.entry("verdict.HOLD", new String[] {"Hold for review", "검토 보류"}),
            Map.entry("verdict.PROHIBITED", new String[] {"Prohibited", "거래 금지"}),
            // the UI's words for the same codes (assets/i18n-workflow.js: kind.*, status.*, wb.action.*,
            // mstatus.*, band.*, role.*, lic.status.*, nac.status.*, auth.*), so that the record and the UI agree
            Map.entry("kind.DECISION", new String[] {"Order decision", "주문 판정"}),
            Map.entry("kind.RESCREEN", new String[] {"List update re-screening", "명단 갱신 재심사"}),
            Map.entry("status.OPEN", new String[] {"Open", "진행 중"}),
            Map.entry("status.RELEASED", new String[] {"Released", "출하 승인됨"}),
            Map.entry("status.REJECTED", new String[] {"Rejected", "반려됨"}),
            Map.entry("action.OPENED", new String[] {"Opened", "접수"}),
            Map.entry("action.CLEAR", new String[] {"Cleared", "오탐 해제"}),
            Map.entry("action.CLEAR_PROPOSED", new String[] {"Clearance proposed", "해제 제안"}),
            Map.entry("action.CONFIRM", new String[] {"Confirmed", "일치 확인"}),
            Map.entry("action.RELEASE", new String[] {"Released", "출하 승인"}),
            Map.entry("action.REJECT", new String[] {"Rejected", "반려"}),
            Map.entry("action.REOPENED", new String[] {"Reopened", "재개"}),
            Map.entry("action.ATTACH", new String[] {"File attached", "파일 첨부"}),
            Map.entry("mstatus.PENDING", new String[] {"To review", "검토 대기"}),
            Map.entry("mstatus.CLEARED", new String[] {"Cleared (false positive)", "오탐 해제"}),
            Map.entry("mstatus.CONFIRMED", new String[] {"Confirmed match", "일치 확인"}),
            Map.entry("band.MATCH", new String[] {"Match", "일치"}),
            Map.entry("band.POSSIBLE", new String[] {"Possible match", "일치 가능성"}),
            Map.entry("role.END_USER", new String[] {"End user", "최종 사용자"}),
            Map.entry("role.ULTIMATE_CONSIGNEE", new String[] {"Ultimate consignee", "최종 수하인"}),
            Map.entry("role.INTERMEDIATE_CONSIGNEE", new String[] {"Intermediate consignee", "중간 수하인"}),
            Map.entry("role.PURCHASER", new String[] {"Purchaser", "구매자"}),
            Map.entry("role.DISTRIBUTOR", new String[] {"Distributor", "유통업체"}),
            Map.entry("hq", new String[] {"headquarters", "본사 소재국"}),
            Map.entry("own.standing.COVERED", new String[] {"covered", "적용 대상"}),
            Map.entry("own.standing.UNRESOLVED", new String[] {"unresolved (Red Flag 29)", "미확정 (적신호 29)"}),
            Map.entry("own.standing.DOUBTFUL", new String[] {"doubtful", "불확실"}),
            Map.entry("own.standing.CLEAR", new String[] {"clear", "해당 없음"}),
            Map.entry("lic.status.ACTIVE", new String[] {"Active", "유효"}),
            Map.entry("lic.status.REVOKED", new String[] {"Revoked", "취소됨"}),
            Map.entry("nac.status.FILED", new String[] {"Filed", "제출됨"}),
            Map.entry("nac.status.LICENSE_REQUIRED", new String[] {"License required", "허가 필요"}),
            Map.entry("auth.NOT_REQUIRED", new String[] {"no license or notification is needed", "허가나 통지가 필요하지 않음"}),
            Map.entry("auth.LICENSED", new String[] {"a registered license covers it", "등록된 허가에 해당함"}),
            Map.entry("auth.LICENSE_REQUIRED", new String[] {"a license is required", "허가 필요"}),
            Map.entry(
                    "auth.NOTIFICATION_REQUIRED",
                    new String[] {"a NAC notification to BIS is required", "BIS에 NAC 통지 필요"}),
            Map.entry("auth.NAC_PENDING", new String[] {
                "the NAC notification's waiting period or BIS number is outstanding", "NAC 통지의 대기 기간 또는 BIS 번호 대기 중"
            }),
            Map.entry("auth.NAC_CLEARED", new String[] {"the NAC notification has cleared", "NAC 통지의 대기 기간 종료"}),
            Map.entry("auth.REVIEW", new String[] {"a reviewer must work its case first", "먼저 검토자가 건을 처리해야 함"}),
            Map.entry("auth.RELEASED", new String[] {"a reviewer released it", "검토자가 출하를 승인함"}),
            Map.entry("auth.REJECTED", new String[] {"a reviewer rejected it", "검토자가 반려함"}),
            Map.entry("auth.PROHIBITED", new String[] {"it is prohibited", "거래 금지"}),
            Map.entry(
                    "auth.DRY_RUN",
                    new String[] {"a dry run under another date's rules never ships", "다른 날짜 규칙에 따른 모의 판정은 선적할 수 없음"}),
            Map.entry(
                    "auth.REDECIDE",
                    new String[] {"it must be checked again under the shipping day's rules", "선적일의 규칙으로 다시 심사해야 함"}));
}
