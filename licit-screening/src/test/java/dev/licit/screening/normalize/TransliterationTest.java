package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Transliterating on {@link Transliteration.BuilderText} gives exactly what ICU's own text gives. */
class TransliterationTest {
    static final List<String> IDS =
            List.of("Han-Latin; Latin-ASCII", "Hangul-Latin; Latin-ASCII", "Any-Latin; Latin-ASCII", "Latin-ASCII");

    /** Names as they come, then random runs over the scripts the normaliser sends to ICU, surrogate pairs included. */
    static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "华为技术有限公司",
                "广州市晨鑫物流股份有限公司",
                "重庆长安汽车",
                "中芯国际集成电路制造（上海）有限公司",
                "삼성전자 주식회사",
                "에스케이하이닉스",
                "Научно-исследовательский институт",
                "شركة الواحة للحاسبات ذ.م.م",
                "Ελληνική Εταιρεία",
                "トヨタ自動車株式会社",
                "Société Générale Œuvre Straße",
                "𠀀𠀁𪚥 Ext-B 𠮷野家",
                "emoji 😀 🀄 华为",
                "",
                " ",
                "a"));
        int[][] ranges = {
            {0x4E00, 0x9FFF},
            {0xAC00, 0xD7A3},
            {0x0400, 0x04FF},
            {0x0600, 0x06FF},
            {0x3040, 0x30FF},
            {0x00C0, 0x017F},
            {0x20000, 0x2A6DF},
            {0x0020, 0x007E}
        };
        Random random = new Random(7);
        for (int n = 0; n < 400; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                s.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
            }
            texts.add(s.toString());
        }
        return texts;
    }

    @Test
    void everyTransliteratorGivesWhatIcusOwnTextGives() {
        List<String> texts = texts();
        for (String id : IDS) {
            Transliterator t = Transliterator.getInstance(id);
            for (String s : texts) {
                Transliteration.BuilderText text = new Transliteration.BuilderText(s);
                t.transliterate(text);
                assertThat(text.toString()).as("%s of \"%s\"", id, s).isEqualTo(t.transliterate(s));
            }
        }
    }

    @Test
    void aCodePointIsReadAsIcuReadsIt() {
        // a trail surrogate read on its own gives the whole character when its lead is before it
        Transliteration.BuilderText text = new Transliteration.BuilderText("a𠀀b");
        assertThat(text.char32At(1)).isEqualTo(0x20000);
        assertThat(text.char32At(2)).isEqualTo(0x20000);
        assertThat(text.char32At(3)).isEqualTo('b');
        text.copy(0, 1, 4);
        assertThat(text.toString()).isEqualTo("a𠀀ba");
        text.replace(1, 3, new char[] {'x', 'y', 'z'}, 1, 2);
        assertThat(text.toString()).isEqualTo("ayzba");
    }
}
