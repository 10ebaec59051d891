package dev.licit.batch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a planted list name is changed before it goes into a customer file: the ways real customer records
 * differ from the list (a clerk drops the company form, mistypes a letter, writes the family name first,
 * uses the name in another script, or the text carries a look-alike letter). Each variation may not fit a
 * name (no company form to drop, no other script); {@link #apply} then says so and another is tried.
 */
enum Variation {
    /** The published name as it stands. */
    EXACT,
    /** "Shenzhen Foo Technology Co., Ltd." → "Shenzhen Foo Technology". */
    DROP_FORM,
    /** One letter of the longest word swapped with its neighbour ("Huawei" → "Huawie"). */
    TYPO,
    /** The first two words swapped ("ABBAS, Rim" → "Rim ABBAS"). */
    TOKEN_SWAP,
    /** Upper case, punctuation gone. */
    CASE_AND_PUNCTUATION,
    /** The entry's name in another script (华为技术有限公司 for Huawei Technologies), as a customer file in China holds it. */
    TRANSLITERATION,
    /** Latin a, e, o, c, p in one word replaced by the Cyrillic letters that look the same. */
    CONFUSABLE;

    private static final Pattern FORM = Pattern.compile(
            "(?i)[,\\s]+(co\\.?,?\\s*ltd\\.?|company limited|limited|ltd\\.?|llc|l\\.l\\.c\\.|inc\\.?|gmbh|corp\\.?|corporation"
                    + "|s\\.a\\.|jsc|ojsc|cjsc|pjsc|llp|plc|pte\\.? ltd\\.?|sdn\\.? bhd\\.?|fze|fzco|fzc)\\.?\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String LATIN_LOOKALIKE = "aeocp";
    private static final String CYRILLIC_LOOKALIKE = "аеоср";

    /**
     * @param names the entry's names, primary first
     * @return the varied name, or empty when this variation does not fit the entry
     */
    Optional<String> apply(List<String> names, RandomGenerator random) {
        String name = names.getFirst().strip();
        return switch (this) {
            case EXACT -> Optional.of(name);
            case DROP_FORM -> {
                Matcher m = FORM.matcher(name);
                yield m.find() && m.start() > 3
                        ? Optional.of(name.substring(0, m.start()).strip())
                        : Optional.empty();
            }
            case TYPO -> typo(name);
            case TOKEN_SWAP -> swap(name);
            case CASE_AND_PUNCTUATION ->
                Optional.of(name.replaceAll("[\\p{P}&&[^-]]", " ")
                        .replaceAll("\\s+", " ")
                        .strip()
                        .toUpperCase(Locale.ROOT));
            case TRANSLITERATION ->
                names.stream().skip(1).filter(n -> isLatin(name) != isLatin(n)).findFirst();
            case CONFUSABLE -> confusable(name, random);
        };
    }

    private static Optional<String> typo(String name) {
        Matcher m = WORD.matcher(name);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (m.end() - m.start() > end - start) {
                start = m.start();
                end = m.end();
            }
        }
        if (end - start < 7 || !isLatin(name)) {
            return Optional.empty(); // a typo in a short word changes the name, not just its spelling
        }
        int i = start + (end - start) / 2;
        return Optional.of(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
    }

    private static Optional<String> swap(String name) {
        String[] words = name.replace(",", " ").strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || !isLatin(name)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(List.of(words));
        out.set(0, words[1]);
        out.set(1, words[0]);
        return Optional.of(String.join(" ", out));
    }

    private static Optional<String> confusable(String name, RandomGenerator random) {
        Matcher m = WORD.matcher(name);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            if (m.end() - m.start() >= 5 && isLatin(m.group())) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] w = words.get(random.nextInt(words.size()));
        StringBuilder sb = new StringBuilder(name);
        boolean changed = false;
        for (int i = w[0]; i < w[1]; i++) {
            int k = LATIN_LOOKALIKE.indexOf(sb.charAt(i));
            if (k >= 0) {
                sb.setCharAt(i, CYRILLIC_LOOKALIKE.charAt(k));
                changed = true;
            }
        }
        return changed ? Optional.of(sb.toString()) : Optional.empty();
    }

    static boolean isLatin(String s) {
        return s.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
