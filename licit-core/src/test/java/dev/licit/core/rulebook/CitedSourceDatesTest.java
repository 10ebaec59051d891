package dev.licit.core.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.RulebookLoader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 12: a decision cites only sources that existed on its date. A rule entry in force from
 * date D may not cite guidance, an announcement or a decision dated after D, unless it marks that source
 * as later ("later guidance, published on 31 May 2026"); a later clarification gets its own dated entry.
 * The check reads words ("guidance of 31 May 2026"), so a source cited without one of its words is not
 * seen: it guards the way the rulebook writes dated sources, not every way one could.
 */
class CitedSourceDatesTest {
    /** A dated source as rules cite them: "guidance of 31 May 2026", "announcement of 2025-05-13". */
    static final Pattern DATED_SOURCE = Pattern.compile(
            "(guidance|announcement|decision|letter|notice)( of| dated| published on)? (\\d{1,2} [A-Z][a-z]+ \\d{4}|\\d{4}-\\d{2}-\\d{2})");

    static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    static List<String> anachronisms(Rule r) {
        List<String> out = new ArrayList<>();
        for (String text : new String[] {r.summary(), r.citation(), r.federalRegister()}) {
            if (text == null) {
                continue;
            }
            Matcher m = DATED_SOURCE.matcher(text);
            while (m.find()) {
                String d = m.group(3);
                LocalDate date = d.contains("-") ? LocalDate.parse(d) : LocalDate.parse(d, WORDS);
                String before = text.substring(Math.max(0, m.start() - 60), m.start());
                if (date.isAfter(r.effectiveFrom()) && !before.contains("later")) {
                    out.add(r.id() + " (from " + r.effectiveFrom() + ") cites \"" + m.group() + "\"");
                }
            }
        }
        return out;
    }

    @Test
    void noRuleCitesASourceFromAfterItsStartUnlessMarkedLater() {
        List<String> found = new ArrayList<>();
        for (Rule r : RulebookLoader.loadDefault().rules()) {
            // settings are not cited by decisions: their citations say why the value was chosen today
            if (r instanceof Rule.Conditional) {
                found.addAll(anachronisms(r));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesAnUnmarkedLaterSource() {
        Rule hq = RulebookLoader.loadDefault().rules().stream()
                .filter(r ->
                        r.id().equals("hq-742.6-a6-iii-A") && r.effectiveFrom().equals(LocalDate.of(2026, 5, 31)))
                .findFirst()
                .orElseThrow();
        assertThat(anachronisms(hq)).isEmpty();
        // the same text in force from January 2025 would cite guidance of May 2026 without saying it is later
        Matcher m = DATED_SOURCE.matcher(hq.summary());
        assertThat(m.find()).isTrue();
        assertThat(LocalDate.parse(m.group(3), WORDS)).isAfter(LocalDate.of(2025, 1, 13));
    }
}
