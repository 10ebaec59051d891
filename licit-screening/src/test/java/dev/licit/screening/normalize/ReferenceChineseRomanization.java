package dev.licit.screening.normalize;

import java.util.Map;
import java.util.Set;

/**
 * The Chinese romanisation key as it was before it was made fast (commit 28a33b7), kept verbatim
 * apart from its name, as the oracle of {@link ChineseRomanizationTest}.
 */
public final class ReferenceChineseRomanization {
  private static final String[] INITIALS = {"zh", "ch", "sh", "tsz", "ts", "tz", "hs", "ss", "sz", "b", "p", "m", "f",
      "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""};
  private static final Set<String> FINALS = Set.of("a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en",
      "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui",
      "uan", "un", "uang", "ueng", "ue", "ve", "ih", "eh", "ien", "ieh", "ung", "iung", "uei", "erh", "ow", "wang",
      "wan", "wo", "wei", "wa", "iou", "ueh", "io", "uen");
  private static final Map<String, String> FINAL_KEY = Map.ofEntries(Map.entry("ung", "ong"),
      Map.entry("iung", "iong"), Map.entry("ih", "i"), Map.entry("ieh", "ie"), Map.entry("eh", "e"),
      Map.entry("ien", "ian"), Map.entry("uei", "ui"), Map.entry("wei", "ui"), Map.entry("erh", "er"),
      Map.entry("ow", "ou"), Map.entry("wang", "uang"), Map.entry("wan", "uan"), Map.entry("wo", "o"),
      Map.entry("uo", "o"), Map.entry("e", "o"), Map.entry("wa", "ua"), Map.entry("iou", "iu"),
      Map.entry("ueh", "ue"), Map.entry("ve", "ue"), Map.entry("io", "ue"), Map.entry("v", "u"),
      Map.entry("uen", "un"));
  /** Conventional names that no spelling rule connects. */
  private static final Map<String, String> CONVENTIONAL = Map.of("peking", "beijing", "canton", "guangzhou",
      "amoy", "xiamen", "sian", "xian", "nanking", "nanjing", "chungking", "chongqing", "tsingtao", "qingdao",
      "szechwan", "sichuan", "fukien", "fujian", "soochow", "suzhou");

  private ReferenceChineseRomanization() {}

  /** The key of a folded ASCII word, or the empty string when the word is not Chinese syllables. */
  public static String key(String word) {
    if (word.length() < 3 || word.length() > 40) {
      return "";
    }
    String w = CONVENTIONAL.getOrDefault(word, word);
    int n = w.length();
    // best[i]: key of the shortest syllable split of w[i..], null when none
    String[] best = new String[n + 1];
    int[] count = new int[n + 1];
    best[n] = "";
    for (int i = n - 1; i >= 0; i--) {
      for (int len = Math.min(7, n - i); len >= 1; len--) {
        String rest = best[i + len];
        if (rest == null) {
          continue;
        }
        String syl = syllableKey(w.substring(i, i + len));
        if (syl != null && (best[i] == null || count[i + len] + 1 < count[i])) {
          best[i] = syl + rest;
          count[i] = count[i + len] + 1;
        }
      }
    }
    return best[0] == null ? "" : best[0];
  }

  private static String syllableKey(String s) {
    for (String ini : INITIALS) {
      if (!s.startsWith(ini)) {
        continue;
      }
      String fin = s.substring(ini.length());
      if (fin.isEmpty() || !FINALS.contains(fin)) {
        continue;
      }
      return initialClass(ini) + FINAL_KEY.getOrDefault(fin, fin) + "|";
    }
    return null;
  }

  private static String initialClass(String ini) {
    return switch (ini) {
      case "b", "p" -> "p";
      case "d", "t" -> "t";
      case "g", "k" -> "k";
      case "j", "q", "zh", "ch", "z", "c", "ts", "tz", "tsz" -> "c";
      case "x", "hs", "sh", "s", "ss", "sz" -> "s";
      case "y", "w" -> "";
      default -> ini;
    };
  }
}
