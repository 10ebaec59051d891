package dev.licit.store.record;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles chosen from the word before them, so that a filled-in template never reads
 * "CN(으)로" or "3A090.a은(는)": {@code 은(는) 이(가) 을(를) 과(와) (으)로} become the form the
 * preceding word takes when read aloud. A Hangul syllable tells by its final consonant; a Latin
 * letter or a digit by its usual Korean reading (A 에이, L 엘, M 엠, N 엔, R 알; 0 영, 1 일, 3 삼,
 * 6 육, 7 칠, 8 팔 end in a consonant). (으)로 takes 로 after ㄹ as after a vowel.
 */
final class Particles {
    private static final Pattern PAIR = Pattern.compile("(은\\(는\\)|이\\(가\\)|을\\(를\\)|과\\(와\\)|\\(으\\)로)");

    private Particles() {}

    static String resolve(String text) {
        Matcher m = PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Ending e = ending(text, m.start());
            String form = switch (m.group(1)) {
                case "은(는)" -> e == Ending.VOWEL ? "는" : "은";
                case "이(가)" -> e == Ending.VOWEL ? "가" : "이";
                case "을(를)" -> e == Ending.VOWEL ? "를" : "을";
                case "과(와)" -> e == Ending.VOWEL ? "와" : "과";
                default -> e == Ending.CONSONANT ? "으로" : "로";
            };
            m.appendReplacement(out, form);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How a word sounds at its end: a vowel, ㄹ, or another consonant. */
    enum Ending {
        VOWEL,
        RIEUL,
        CONSONANT
    }

    /** The ending of the word before {@code at}, looking past closing brackets and quotes. */
    static Ending ending(String text, int at) {
        int i = at - 1;
        while (i >= 0 && ")]}\"'\u201d\u2019 ".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return Ending.VOWEL;
        }
        char c = text.charAt(i);
        if (c >= '\uAC00' && c <= '\uD7A3') {
            int jong = (c - 0xAC00) % 28;
            return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        return switch (Character.toLowerCase(c)) {
            case 'l', 'r', '1', '7', '8' -> Ending.RIEUL;
            case 'm', 'n', '0', '3', '6' -> Ending.CONSONANT;
            default -> Ending.VOWEL;
        };
    }
}
