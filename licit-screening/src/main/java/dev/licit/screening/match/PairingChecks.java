package dev.licit.screening.match;

import static dev.licit.screening.match.NameScorer.*;

import dev.licit.screening.match.NameScorer.Work;
import dev.licit.screening.normalize.ChineseRomanization;
import dev.licit.screening.normalize.Equivalents;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.List;

/**
 * What {@link NameScorer} checks of a pairing once the words are paired, and the shapes of names those
 * checks ask about: middle names one side drops, given and family names in the other order, a
 * distinctive word differing by a letter or two (another name, not a typo), a given or family name of
 * the tables left over on each side, an initial that would have paired with a name of its letter,
 * every word of the party's name as listed; and whether a name is person-like, an organisation's, or
 * shaped like a Chinese one. Each says whether its correction applies (and why, for the notes); the
 * scorer applies the factors. Split from {@code NameScorer}.
 */
final class PairingChecks {
    private PairingChecks() {}

    /** Words longer than this keep their typos of one or two letters as typos. */
    private static final int ANOTHER_WORD_LENGTH = 8;
    /** Words this long or shorter that differ by one letter may be two names (Radic, Tadic). */
    private static final int ANOTHER_WORD_ONE_EDIT_LENGTH = 6;

    /**
     * The weight of the unmatched words of {@code l} when they are middle names that {@code s} drops,
     * else 0: both people's names in Latin letters (names, initials, particles; {@code l} of at most
     * {@value NameScorer#MIDDLE_NAME_WORDS} words), every word of the shorter {@code s} paired, strongly or as
     * an initial, and the first and last words of {@code l} paired, so that only words between them
     * are left over (the pairs' strength is {@link #pairsStrongOrInitials}). A patronymic (Igorevich) or
     * a second given name is often left out of an alias.
     */
    static double droppedMiddleWeight(
            PreparedName s, boolean[] usedS, PreparedName l, boolean[] usedL, double[] weightL) {
        if (s.size < 2 || l.size <= s.size || l.size > MIDDLE_NAME_WORDS || !usedL[0] || !usedL[l.size - 1]) {
            return 0;
        }
        for (int i = 0; i < s.size; i++) {
            if (!usedS[i] && s.kind[i] != TokenKind.STOP || !nameWord(s.kind[i])) {
                return 0; // an article or particle of the shorter name may be left (Khalifah Al-Ghuwayl)
            }
        }
        double middle = 0;
        for (int j = 0; j < l.size; j++) {
            if (!nameWord(l.kind[j])) {
                return 0;
            }
            if (!usedL[j]) {
                middle += weightL[j];
            }
        }
        if (middle == 0
                || !s.name.reading().equals("latin")
                || !l.name.reading().equals("latin")) {
            return 0;
        }
        return middle;
    }

    /**
     * The weight of the last words of {@code l} when {@code s} is its first words and nothing else,
     * else 0: both people's names in Latin letters (names, initials, particles; {@code l} of at most
     * {@value NameScorer#MIDDLE_NAME_WORDS} words), every word of the shorter {@code s} paired, two of
     * them names (or a name and a title both give), with the first words of {@code l} and only those, and {@code l} going on with words
     * nothing paired. The lists write many Afghan, Arab and South Sudanese names with the father's (and
     * grandfather's) names after the person's own (ABDUL GHANI BARADAR ABDUL AHMAD TURK, HAMIDULLAH
     * AKHUND SHER MOHAMMAD, PAUL MALONG AWAN ANEI), and a party's papers or an alias leave them out.
     * Only the first words: a name that is the listed name's last words (Hamid Al-Ali, Hamid Hamad
     * Hamid Al-'Ali) may be a relative's.
     */
    static double droppedTrailingWeight(
            PreparedName s, boolean[] usedS, PreparedName l, boolean[] usedL, double[] weightL) {
        if (s.size < 2 || l.size <= s.size || l.size > MIDDLE_NAME_WORDS || !usedL[0] || usedL[l.size - 1]) {
            return 0;
        }
        int names = 0;
        for (int i = 0; i < s.size; i++) {
            if (!usedS[i] && s.kind[i] != TokenKind.STOP || !nameWord(s.kind[i])) {
                return 0;
            }
            // a title both names give (Qari Saifullah, QARI SAIFULLAH TOKHI) says as much as a name
            names += s.kind[i] == TokenKind.NAME || usedS[i] && Token.isTitleKey(s.key[i]) ? 1 : 0;
        }
        double trailing = 0;
        for (int j = 0; j < l.size; j++) {
            if (!nameWord(l.kind[j]) || (usedL[j] && trailing > 0)) {
                return 0; // another kind of word, or a paired word after an unpaired one: not a prefix
            }
            if (!usedL[j]) {
                trailing += weightL[j];
            }
        }
        if (names < 2 || !s.name.reading().equals("latin") || !l.name.reading().equals("latin")) {
            return 0;
        }
        return trailing;
    }

    /** Whether every chosen pair is at least {@value NameScorer#STRONG} similar or pairs an initial (D., Dimitri). */
    static boolean pairsStrongOrInitials(PreparedName q, PreparedName c, Work w, int chosen) {
        for (int k = 0; k < chosen; k++) {
            int p = w.chosen[k];
            if (w.sim[p] >= STRONG) {
                continue;
            }
            boolean initial = false;
            for (int m = 0; m < w.qLen[p]; m++) {
                initial |= q.kind[w.pool[w.qFrom[p] + m]] == TokenKind.INITIAL;
            }
            for (int m = 0; m < w.cLen[p]; m++) {
                initial |= c.kind[w.pool[w.cFrom[p] + m]] == TokenKind.INITIAL;
            }
            if (!initial) {
                return false;
            }
        }
        return true;
    }

    static boolean nameWord(TokenKind kind) {
        return kind == TokenKind.NAME || kind == TokenKind.INITIAL || kind == TokenKind.STOP;
    }

    /**
     * Why two words (or a run and a word: Chuan-kuo, Quanguo) read as the same Chinese syllables, for
     * the explanation, or the empty string when their romanisation keys differ or they are spelt alike.
     * Only explanations call this, never the score.
     */
    static String chineseWhy(String a, String b) {
        String ja = a.replace(" ", "");
        String jb = b.replace(" ", "");
        if (ja.equals(jb)) {
            return "";
        }
        String key = ChineseRomanization.key(ja);
        if (key.isEmpty() || !key.equals(ChineseRomanization.key(jb))) {
            return "";
        }
        return "same Chinese syllables in another romanisation (Wade-Giles, Pinyin, postal): " + a + " / " + b
                + " (syllable key " + key + ")";
    }

    /**
     * A chosen pair of name words whose order the other side reverses (Werner Otto against Otto
     * Werner), both words of the listed name possibly given names ({@link Equivalents#mayBeGivenName}),
     * or -1. Both orders are then plausible, so the swap may be another person (Dmitry Moroz and Moroz
     * Dmitry are one: Moroz is no given name);
     * it is not counted when a side writes a comma (ABBAS, Rim: the family name first by convention),
     * a swapped word is a Korean surname or one Chinese syllable (written first or last), or a name is
     * not a person's name in Latin letters ({@link #personLike}).
     */
    static int swappedNames(PreparedName q, PreparedName c, Work w, int chosen) {
        if (!personLike(q) || !personLike(c)) {
            return -1;
        }
        for (int a = 0; a < chosen; a++) {
            int p = w.chosen[a];
            if (!singleNamePair(q, c, w, p)) {
                continue;
            }
            int i1 = w.pool[w.qFrom[p]];
            int j1 = w.pool[w.cFrom[p]];
            for (int b = 0; b < chosen; b++) {
                int r = w.chosen[b];
                if (r == p || !singleNamePair(q, c, w, r)) {
                    continue;
                }
                int i2 = w.pool[w.qFrom[r]];
                int j2 = w.pool[w.cFrom[r]];
                if (i1 < i2
                        && j1 > j2
                        && Equivalents.mayBeGivenName(c.surface[j1])
                        && Equivalents.mayBeGivenName(c.surface[j2])) {
                    boolean convention = q.name.original().indexOf(',') >= 0
                            || c.name.original().indexOf(',') >= 0
                            || Equivalents.isKoreanSurname(q.key[i1])
                            || Equivalents.isKoreanSurname(q.key[i2])
                            || Equivalents.isKoreanSurname(c.key[j1])
                            || Equivalents.isKoreanSurname(c.key[j2])
                            || oneChineseSyllable(q.zhKey[i1])
                            || oneChineseSyllable(q.zhKey[i2]);
                    return convention ? -1 : p;
                }
            }
        }
        return -1;
    }

    /**
     * Whether an unpaired word of the party's name may be the listed word {@code listed} broken by a
     * typo: one begins the other (AB and Abu, AG and Age: "Ab Udujana" for Abu Dujana, "New Ag
     * Eshipping" for New Age Shipping) or they are one edit apart (and, Land: "Sugar and Data" for
     * Sugar Land Data). Such a listed word is mangled, not missing.
     */
    static boolean mangledInQuery(PreparedName q, boolean[] usedQ, String listed) {
        for (int i = 0; i < q.size; i++) {
            if (usedQ[i]) {
                continue;
            }
            String s = q.surface[i];
            if (s.length() >= 2 && (listed.startsWith(s) || s.startsWith(listed))
                    || Normalizer.oneEditApart(s, listed, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name carries a legal form (Ltd, S.A., GmbH): a company's name written out in full. */
    static boolean hasForm(PreparedName n) {
        for (int i = 0; i < n.size; i++) {
            if (n.kind[i] == TokenKind.FORM) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name has a word only organisations' names have (Corps, Army, Front). */
    static boolean organisation(PreparedName n) {
        for (int i = 0; i < n.size; i++) {
            if (Normalizer.organisationWord(n.key[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name in Latin letters of two to four words, names and initials only: a person's, whose order
     * may carry meaning. Other scripts write the family name first by convention (中村健, Ken
     * Nakamura), and company names are not given and family names.
     */
    static boolean personLike(PreparedName n) {
        if (n.size < 2 || n.size > 4 || !n.name.reading().equals("latin")) {
            return false;
        }
        for (int i = 0; i < n.size; i++) {
            if (n.kind[i] != TokenKind.NAME && n.kind[i] != TokenKind.INITIAL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two words read as two Chinese syllables each, the first the same and the second not
     * (Guoming, Guoying; Youming, Youmin): a different character, so another given name, however few
     * letters differ. (The key reads many Latin words as syllables too: Gaye ga|ye, Geye ge|ye; a
     * first syllable differing is left to the letters.) Spellings of the same
     * syllables (Wade-Giles, Pinyin) share the key and pair as {@link MatchKind#ROMANISATION_ZH}.
     */
    static boolean otherChineseSyllables(String zhA, String zhB) {
        if (syllables(zhA) != 2 || syllables(zhB) != 2 || zhA.equals(zhB)) {
            return false;
        }
        int bar = zhA.indexOf('|');
        return zhA.regionMatches(0, zhB, 0, bar + 1); // the first syllable shared, the second not
    }

    static int syllables(String zhKey) {
        return ChineseRomanization.syllablesOfKey(zhKey);
    }

    /** Whether a romanisation key reads as one Chinese syllable, as a Chinese surname does (Wang, Chen). */
    static boolean oneChineseSyllable(String zhKey) {
        int bar = zhKey.indexOf('|');
        return bar > 0 && bar == zhKey.length() - 1;
    }

    static boolean singleNamePair(PreparedName q, PreparedName c, Work w, int p) {
        return w.qLen[p] == 1
                && w.cLen[p] == 1
                && w.sim[p] >= STRONG
                && q.kind[w.pool[w.qFrom[p]]] == TokenKind.NAME
                && c.kind[w.pool[w.cFrom[p]]] == TokenKind.NAME;
    }

    /**
     * The first chosen pair of two distinctive words that are alike but may well be two different
     * names rather than one name and its typo (Brenner and Bremer, Radic and Tadic, Jinsong and
     * Jinmyong), or -1. A typo is told from another word by how much of the word it changes: a
     * letter changed, added or dropped in a word of six letters or fewer, or two letters in a word of
     * eight or fewer, when that changes its {@linkplain #consonantClasses consonants} (vowels are
     * spelt many ways: Zaydi, Zeydi); and two words that the name tables both know (Maria, Marta) are
     * two names whatever their distance. Two neighbouring letters swapped is the common slip of a
     * typist, and long words keep their typos: both stay full matches.
     */
    static int anotherWordPair(PreparedName q, PreparedName c, Work w, int chosen) {
        for (int k = 0; k < chosen; k++) {
            int p = w.chosen[k];
            if (w.kinds[p] != MatchKind.TYPO || w.qLen[p] != 1 || w.cLen[p] != 1) {
                continue;
            }
            int i = w.pool[w.qFrom[p]];
            int j = w.pool[w.cFrom[p]];
            if (q.kind[i] != TokenKind.NAME || c.kind[j] != TokenKind.NAME) {
                continue;
            }
            if (anotherWord(q.surface[i], c.surface[j], q.equivalent[i], c.equivalent[j], w)
                    || otherChineseSyllables(q.zhKey[i], c.zhKey[j])
                            && !neighboursSwapped(q.surface[i], c.surface[j])
                            && !consonantClasses(q.surface[i]).equals(consonantClasses(c.surface[j]))) {
                return p;
            }
        }
        return -1;
    }

    static boolean anotherWord(String a, String b, String equivalentA, String equivalentB, Work w) {
        if (a.equals(b) || neighboursSwapped(a, b)) {
            return false;
        }
        if (equivalentA != null && equivalentB != null && !equivalentA.equals(equivalentB)) {
            return true; // two names of the tables
        }
        int max = Math.max(a.length(), b.length());
        if (max > ANOTHER_WORD_LENGTH || consonantClasses(a).equals(consonantClasses(b))) {
            return false; // a long word, or a spelling of one name (Shoygu, Shoigu; Hamcho, Hamsho)
        }
        int d = EditDistance.bounded(a, b, 2, w.rows);
        return d == 1 ? max <= ANOTHER_WORD_ONE_EDIT_LENGTH : d == 2;
    }

    /**
     * The consonants of a word by class, which the spellings of one name share and two names do
     * not: vowels, y, h and j dropped (Husayn, Hussein; Andrej, Andrei), the digraphs ch, sh, dj
     * and ts read as one sibilant, voiced and voiceless pairs (d t, b p, g k q, f v w, s z) and l r
     * as one, doubled letters once. m and n stay apart (Brenner, Bremer), as do the classes.
     */
    static String consonantClasses(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        int n = word.length();
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            char next = k + 1 < n ? word.charAt(k + 1) : 0;
            char out;
            if ((ch == 'c' || ch == 's') && next == 'h' || ch == 't' && next == 's' || ch == 'd' && next == 'j') {
                out = 's';
                k++;
            } else {
                out = switch (ch) {
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'j' -> 0;
                    case 'd' -> 't';
                    case 'b' -> 'p';
                    case 'g', 'q' -> 'k';
                    case 'v', 'w' -> 'f';
                    case 'z', 'x' -> 's';
                    case 'l' -> 'r';
                    default -> ch;
                };
                if (out == 0) {
                    continue;
                }
            }
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != out) {
                sb.append(out);
            }
        }
        return sb.toString();
    }

    /** Whether the name tables put two words in two different groups (Hassan, Hussein): two names. */
    static boolean differentTableNames(String a, String b) {
        String ca = Equivalents.canonical(a);
        String cb = Equivalents.canonical(b);
        return ca != null && cb != null && !ca.equals(cb);
    }

    /**
     * Whether two words are Chinese given names, each written as one word of the same number of
     * syllables, that differ in a syllable by more than a letter (Xiaoming, Xiaohong; Yanming,
     * Yanxiong): each syllable writes a character, and two letters changed inside one syllable are
     * another character, not a typist's slip; so is a syllable's initial changed, a letter apart
     * (Guoming, Guoying: {@link #anotherInitial}). A rhyme a letter apart (Youmin, Youming) may still be
     * a slip: that pair stays a typo, reported below MATCH ({@link #anotherWordPair}). Said only of names shaped
     * as Chinese: two or three name words, every one of them Chinese syllables, one of them a single
     * syllable (the surname: Ma, Li, Zheng). Spellings of the same syllables in other systems
     * (Hsiao-ming) share a key and were paired before this is asked.
     */
    static boolean otherChineseGivenName(PreparedName a, int i, PreparedName b, int j, Work w) {
        String za = a.zhKey[i];
        String zb = b.zhKey[j];
        if (za.isEmpty() || zb.isEmpty() || za.equals(zb)) {
            return false;
        }
        int syllables = syllables(za);
        return syllables >= 2
                && syllables == syllables(zb)
                && chineseShaped(a)
                && chineseShaped(b)
                && (EditDistance.bounded(a.key[i], b.key[j], 1, w.rows) > 1 || anotherInitial(za, zb));
    }

    /**
     * Whether two romanisation keys of as many syllables differ in a syllable only by its initial
     * (Guoming, Guoying: ming, ing; Keming, Keping): another character, though a letter apart. A rhyme
     * that differs (Youmin, Youming: n and ng) may be a slip or a dialect's spelling and stays a typo.
     */
    static boolean anotherInitial(String za, String zb) {
        int sa = 0;
        int sb = 0;
        while (sa < za.length() && sb < zb.length()) {
            int ea = za.indexOf('|', sa);
            int eb = zb.indexOf('|', sb);
            if (ea < 0 || eb < 0) {
                return false;
            }
            if (!za.regionMatches(sa, zb, sb, Math.max(ea - sa, eb - sb))) {
                int ra = rhyme(za, sa, ea);
                int rb = rhyme(zb, sb, eb);
                if (ea - ra == eb - rb && za.regionMatches(ra, zb, rb, ea - ra)) {
                    return true;
                }
            }
            sa = ea + 1;
            sb = eb + 1;
        }
        return false;
    }

    /** Where the rhyme of the syllable {@code key[from, to)} begins: its first vowel. */
    private static int rhyme(String key, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = key.charAt(k);
            if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'v') {
                return k;
            }
        }
        return to;
    }

    /** Says why a Chinese given name on each side was left unpaired though its letters are close. */
    static void explainOtherChineseGivenName(
            PreparedName q, boolean[] usedQ, PreparedName c, boolean[] usedC, Work w, List<String> notes) {
        for (int i = 0; i < q.size; i++) {
            for (int j = 0; j < c.size; j++) {
                if (!usedQ[i] && !usedC[j] && otherChineseGivenName(q, i, c, j, w)) {
                    notes.add("\"" + q.surface[i] + "\" and \"" + c.surface[j] + "\" are Chinese given names that"
                            + " differ in a syllable by its initial or by more than a letter, that is in a character:"
                            + " another name, not a typo");
                    return;
                }
            }
        }
    }

    /** Two or three name words, all Chinese syllables, one of them a single syllable (see above). */
    static boolean chineseShaped(PreparedName n) {
        int words = 0;
        boolean single = false;
        for (int k = 0; k < n.size; k++) {
            if (n.kind[k] != TokenKind.NAME) {
                continue;
            }
            // the romanisation key counts them; a name word of three letters or more without one is no
            // syllables, a shorter one (Ma, Li) has no key and is looked up
            String zh = n.zhKey[k];
            int syllables = !zh.isEmpty()
                    ? syllables(zh)
                    : n.key[k].length() <= 2 ? ChineseRomanization.syllables(n.key[k]) : 0;
            if (syllables == 0) {
                return false;
            }
            single |= syllables == 1;
            words++;
        }
        return single && words >= 2 && words <= 3;
    }

    /** Whether b is a with two neighbouring letters swapped (Huawei, Huawie). */
    static boolean neighboursSwapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                if (first < 0) {
                    first = k;
                } else if (k != first + 1) {
                    return false;
                }
            }
        }
        return first >= 0
                && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    /** Every word of the party's name is paired, one to one, with a listed word written the same. */
    static boolean everyPartyWordAsListed(PreparedName q, PreparedName c, Work w, int chosen) {
        for (int i = 0; i < q.size; i++) {
            if (!w.usedQ[i]) {
                return false;
            }
        }
        for (int k = 0; k < chosen; k++) {
            int p = w.chosen[k];
            if (w.qLen[p] != 1
                    || w.cLen[p] != 1
                    || !q.surface[w.pool[w.qFrom[p]]].equals(c.surface[w.pool[w.cFrom[p]]])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the listed name has distinctive words and every one is in a chosen pair at least
     * {@value NameScorer#STRONG} similar.
     */
    static boolean listedFullyMatched(PreparedName q, PreparedName c, Work w, int chosen) {
        boolean any = false;
        for (int j = 0; j < c.size; j++) {
            if (!distinctive(c.kind[j])) {
                continue;
            }
            any = true;
            boolean strong = false;
            for (int k = 0; k < chosen && !strong; k++) {
                int p = w.chosen[k];
                if (w.sim[p] < STRONG) {
                    continue;
                }
                for (int m = 0; m < w.cLen[p]; m++) {
                    strong |= w.pool[w.cFrom[p] + m] == j;
                }
            }
            if (!strong) {
                return false;
            }
        }
        return any;
    }

    static int unusedCount(boolean[] used, PreparedName name, TokenKind kind) {
        int n = 0;
        for (int i = 0; i < name.size; i++) {
            if (!used[i] && name.kind[i] == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@code a} leaves an initial unpaired while {@code b} leaves a name unpaired, in names of
     * people: no legal form or generic word on either side (A Y S Carrier is a company, its y a
     * Spanish "and"), and not the one-letter Korean surnames I (이) and O (오), nor against a name of
     * three letters or fewer (Cho Il U, Cho Il Woo: a syllable spelt two ways).
     */
    static boolean initialConflict(PreparedName a, boolean[] usedA, PreparedName b, boolean[] usedB) {
        boolean initial = false;
        for (int i = 0; i < a.size; i++) {
            if (!usedA[i] && a.kind[i] == TokenKind.INITIAL && !a.key[i].equals("i") && !a.key[i].equals("o")) {
                initial = true;
            }
        }
        boolean name = false;
        for (int j = 0; j < b.size; j++) {
            // a word of three letters or fewer may be a syllable the one letter spells too (Woo, U)
            // a given name may be a place's too (Milan, Florence): a person's name word all the same
            name |= !usedB[j]
                    && (b.kind[j] == TokenKind.NAME || b.kind[j] == TokenKind.LOCATION)
                    && b.key[j].length() > 3;
        }
        if (!initial || !name) {
            return false;
        }
        return !anyKind(a, TokenKind.FORM, TokenKind.GENERIC) && !anyKind(b, TokenKind.FORM, TokenKind.GENERIC);
    }

    /**
     * Whether each side leaves its first word unpaired, a name that the given-name tables know, in
     * different groups (Sam, of Samuel, against Jose; Ben against Maria): the tables say these are
     * two given names, not a short form of one, so the rest of the name agreeing may well be a
     * relative or a namesake. A short form of the other side's name pairs as {@code EQUIVALENT} and
     * is never left over; words further on (a father's or tribe's name) are left to the score.
     */
    static boolean otherGivenName(PreparedName a, boolean[] usedA, PreparedName b, boolean[] usedB) {
        if (usedA[0]
                || usedB[0]
                || a.equivalent[0] == null
                || b.equivalent[0] == null
                || a.kind[0] != TokenKind.NAME
                || b.kind[0] != TokenKind.NAME
                || a.sameEquivalent(0, b, 0)) {
            return false;
        }
        return Equivalents.isGivenName(a.key[0])
                && Equivalents.isGivenName(b.key[0])
                && !anyKind(a, TokenKind.FORM, TokenKind.GENERIC)
                && !anyKind(b, TokenKind.FORM, TokenKind.GENERIC);
    }

    /**
     * Whether the one word left over on each side is a family name of the surname tables (Korean,
     * Chinese, Hebrew; a Korean one of one or two letters, O, I, No, too), and the two are not spellings
     * of one (Kim and Park; O and Jeon): the same given names under another family name are another
     * person, as often in Korea and China, where a few given names are shared by many.
     */
    static boolean otherFamilyName(PreparedName a, boolean[] usedA, PreparedName b, boolean[] usedB) {
        int i = onlyWordLeft(a, usedA);
        int j = i < 0 ? -1 : onlyWordLeft(b, usedB);
        if (j < 0 || !personShaped(a, i) || !personShaped(b, j)) {
            return false; // a company's word may be a surname too (Hong Kong; Ong, a typo of Hong)
        }
        String sa = surnameGroup(a.key[i]);
        String sb = sa == null ? null : surnameGroup(b.key[j]);
        return sb != null && !sa.equals(sb) && !a.sameEquivalent(i, b, j);
    }

    /**
     * Whether every word of a name but the one at {@code except} (the surname, which may read as a
     * generic word: Park) is a name or an initial: no legal form, generic word or place.
     */
    static boolean personShaped(PreparedName n, int except) {
        for (int k = 0; k < n.size; k++) {
            if (k != except
                    && n.kind[k] != TokenKind.NAME
                    && n.kind[k] != TokenKind.INITIAL
                    && n.kind[k] != TokenKind.STOP) {
                return false;
            }
        }
        return true;
    }

    /** The index of the one word of a name not paired (stop words and legal forms aside), or -1. */
    static int onlyWordLeft(PreparedName n, boolean[] used) {
        int left = -1;
        for (int k = 0; k < n.size; k++) {
            if (used[k] || n.kind[k] == TokenKind.STOP || n.kind[k] == TokenKind.FORM) {
                continue;
            }
            if (left >= 0) {
                return -1;
            }
            left = k;
        }
        return left;
    }

    /** The canonical word of a family name of the tables, or null. */
    static String surnameGroup(String key) {
        String shortKorean = Equivalents.shortKoreanSurname(key);
        if (shortKorean != null) {
            return shortKorean;
        }
        return Equivalents.isSurname(key) ? Equivalents.canonical(key) : null;
    }

    static boolean anyKind(PreparedName n, TokenKind k1, TokenKind k2) {
        for (int i = 0; i < n.size; i++) {
            if (n.kind[i] == k1 || n.kind[i] == k2) {
                return true;
            }
        }
        return false;
    }

    static boolean anyUnused(boolean[] used, PreparedName name, TokenKind kind) {
        for (int i = 0; i < name.size; i++) {
            if (!used[i] && name.kind[i] == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether each name carries a legal form that no form of the other is paired with (forms pair
     * only when a table keys them alike: Ltd and Limited, AB and Aktiebolag): X Co. SARL and X Co.
     * Limited differ, X Co. and X Co. Ltd. do not (a form left out is not another form).
     */
    static boolean formsDiffer(PreparedName q, boolean[] usedQ, PreparedName c, boolean[] usedC) {
        // a form in its own script against one in Latin letters is a translation, not another country's
        // company: 三菱電機株式会社 is Mitsubishi Electric Corporation in English
        return (unpairedForms(q, usedQ) & unpairedForms(c, usedC)) != 0;
    }

    private static final int LATIN_FORM = 1;
    private static final int NATIVE_FORM = 2;

    /** Which kinds of unpaired legal form a name holds: {@link #LATIN_FORM}, {@link #NATIVE_FORM}, both or none. */
    private static int unpairedForms(PreparedName n, boolean[] used) {
        int kinds = 0;
        for (int i = 0; i < n.size; i++) {
            if (n.kind[i] == TokenKind.FORM && !used[i]) {
                kinds |= Normalizer.isAscii(n.surface[i]) ? LATIN_FORM : NATIVE_FORM;
            }
        }
        return kinds;
    }

    static boolean distinctive(TokenKind kind) {
        return kind == TokenKind.NAME || kind == TokenKind.NUMBER;
    }
}
