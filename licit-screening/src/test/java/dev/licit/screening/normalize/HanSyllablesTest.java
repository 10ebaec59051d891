package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Han read character by character gives what ICU's Han-Latin gives a whole run: ICU's rules have the
 * shape {@link Transliteration.HanSyllables} relies on, and both agree on runs over the Han blocks,
 * kana, supplementary characters and the three characters ICU reads by their context.
 */
class HanSyllablesTest {
    private static final Transliterator ICU = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private static String icu(String run) {
        return ICU.transliterate(run).replace(" ", "");
    }

    @Test
    void icusRulesAreASpacingStepThreeContextsAndOneSyllablePerSetOfCharacters() {
        String[] rules = Transliterator.getInstance("Han-Latin").toRules(false).split("\n");
        Pattern set = Pattern.compile("\\[[^\\]\\[{}]+\\] > [a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+;");
        Pattern context = Pattern.compile("\\{(.)\\}' '\\?(.) > [a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+;");
        List<String> contextual = new ArrayList<>();
        int sets = 0;
        assertThat(rules[0]).isEqualTo("::Han-Spacedhan();");
        for (int i = 1; i < rules.length; i++) {
            String r = rules[i].strip();
            if (r.isEmpty()) {
                continue;
            }
            var m = context.matcher(r);
            if (m.matches()) {
                contextual.add(m.group(1));
            } else {
                assertThat(r).as("rule %d", i).matches(set);
                sets++;
            }
        }
        assertThat(String.join("", contextual)).isEqualTo(Transliteration.HanSyllables.CONTEXTUAL);
        assertThat(sets).isGreaterThan(1000);
    }

    @Test
    void characterByCharacterEqualsIcuOnWholeRuns() {
        List<String> runs = new ArrayList<>(List.of(
                "华为技术有限公司",
                "重庆长安汽车",
                "重庆",
                "重 庆",
                "西藏文化",
                "藏文",
                "宝藏",
                "秘鲁",
                "秘书",
                "中芯国际集成电路制造上海有限公司",
                "𠀀𠀁𪚥𠮷野家",
                "トヨタ自動車",
                "〇一二"));
        int[][] ranges = {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2A6DF}, {0x3040, 0x30FF}, {0xF900, 0xFAFF}};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(10) == 0) {
                    s.append("藏文重庆秘鲁".charAt(random.nextInt(6)));
                } else {
                    int[] r = ranges[random.nextInt(n % 7 == 0 ? ranges.length : 1)];
                    s.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
                }
            }
            runs.add(s.toString());
        }
        for (String run : runs) {
            assertThat(Transliteration.HanSyllables.read(run).replace(" ", ""))
                    .as(run)
                    .isEqualTo(icu(run));
        }
        assertThat(Transliteration.han("重庆")).isEqualTo("chongqing");
        assertThat(Transliteration.han("华为")).isEqualTo("huawei");
    }

    @Test
    void everyCharacterOfTheMainBlockReadsAloneAsIcuReadsIt() {
        StringBuilder all = new StringBuilder();
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            all.appendCodePoint(c);
        }
        // one run of 20,992 characters, without the three read by context: ICU reads it whole
        String run = all.toString().replaceAll("[藏重秘]", "");
        assertThat(Transliteration.HanSyllables.read(run)).isEqualTo(icu(run));
    }
}
