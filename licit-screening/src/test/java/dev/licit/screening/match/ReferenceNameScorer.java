package dev.licit.screening.match;

import dev.licit.screening.normalize.ReferenceChineseRomanization;
import dev.licit.screening.normalize.KoreanRomanization;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The word-by-word scorer as it was before it was made fast (commit 28a33b7), kept verbatim apart
 * from its name: the equivalence tests check that {@link NameScorer} gives the same scores,
 * alignments and notes, to the last bit.
 */
public final class ReferenceNameScorer {
  static final double NO_DISTINCTIVE_FACTOR = 0.6;
  static final double PLACE_CONFLICT_FACTOR = 0.75;
  static final double NUMBER_CONFLICT_FACTOR = 0.8;
  private static final double MIN_PAIR = 0.5;

  private ReferenceNameScorer() {}

  /** A candidate pairing of query words {@code q} with listed words {@code c}. */
  private record Pair(int[] q, int[] c, double sim, MatchKind how, double value) {}

  /** The best score over all readings of both names. */
  public static NameScore best(List<NormalizedName> query, List<NormalizedName> listed) {
    NameScore best = NameScore.ZERO;
    for (NormalizedName q : query) {
      for (NormalizedName c : listed) {
        NameScore s = score(q, c);
        if (s.score() > best.score()) {
          best = s;
        }
      }
    }
    return best;
  }

  public static NameScore score(NormalizedName query, NormalizedName listed) {
    List<Token> qs = query.tokens();
    List<Token> cs = listed.tokens();
    if (qs.isEmpty() || cs.isEmpty()) {
      return NameScore.ZERO;
    }
    int nq = qs.size();
    int nc = cs.size();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < nq; i++) {
      Token a = qs.get(i);
      for (int j = 0; j < nc; j++) {
        Token b = cs.get(j);
        if ((a.kind() == TokenKind.FORM) != (b.kind() == TokenKind.FORM)) {
          continue;
        }
        if (a.kind() == TokenKind.FORM) {
          if (a.key().equals(b.key())) {
            pairs.add(pair(new int[] {i}, new int[] {j}, 1.0, MatchKind.LEGAL_FORM, qs, cs));
          }
          continue;
        }
        double[] s = new double[1];
        MatchKind how = compare(a, b, s);
        if (how != null && s[0] >= MIN_PAIR) {
          pairs.add(pair(new int[] {i}, new int[] {j}, s[0], how, qs, cs));
        }
      }
    }
    joined(qs, cs, false, pairs);
    joined(cs, qs, true, pairs);
    acronyms(qs, cs, false, pairs);
    acronyms(cs, qs, true, pairs);

    pairs.sort(Comparator.comparingDouble(Pair::value).reversed()
        .thenComparingInt(p -> p.q.length + p.c.length));
    boolean[] usedQ = new boolean[nq];
    boolean[] usedC = new boolean[nc];
    List<Pair> chosen = new ArrayList<>();
    for (Pair p : pairs) {
      if (anyUsed(usedQ, p.q) || anyUsed(usedC, p.c)) {
        continue;
      }
      mark(usedQ, p.q);
      mark(usedC, p.c);
      chosen.add(p);
    }

    // A query word paired with a listed word takes the listed word's class: the list decides
    // whether "tecnologies" is a generic word.
    double[] wq = new double[nq];
    for (int i = 0; i < nq; i++) {
      wq[i] = qs.get(i).weight();
    }
    for (Pair p : chosen) {
      if (p.q.length == 1 && p.c.length == 1) {
        wq[p.q[0]] = cs.get(p.c[0]).weight();
      }
    }
    double totalQ = 0;
    double totalC = 0;
    for (int i = 0; i < nq; i++) {
      totalQ += wq[i];
    }
    for (Token t : cs) {
      totalC += t.weight();
    }
    double matched = 0;
    boolean distinctiveQMatched = false;
    boolean distinctiveCMatched = false;
    List<TokenAlignment> alignment = new ArrayList<>();
    for (Pair p : chosen) {
      double w1 = 0;
      for (int i : p.q) {
        w1 += wq[i];
      }
      double w2 = 0;
      for (int j : p.c) {
        w2 += cs.get(j).weight();
      }
      matched += p.sim * (w1 + w2);
      if (p.sim >= 0.75) {
        for (int i : p.q) {
          distinctiveQMatched |= qs.get(i).distinctive();
        }
        for (int j : p.c) {
          distinctiveCMatched |= cs.get(j).distinctive();
        }
      }
      alignment.add(new TokenAlignment(surface(qs, p.q), surface(cs, p.c), p.how, round(p.sim),
          round((w1 + w2) / 2)));
    }
    double score = matched / (totalQ + totalC);
    List<String> notes = new ArrayList<>();
    boolean placeQ = false;
    boolean placeC = false;
    boolean numberQ = false;
    boolean numberC = false;
    boolean distinctiveQ = false;
    boolean distinctiveC = false;
    for (int i = 0; i < nq; i++) {
      Token t = qs.get(i);
      distinctiveQ |= t.distinctive() && wq[i] >= 0.8;
      if (!usedQ[i]) {
        alignment.add(new TokenAlignment(t.surface(), "", MatchKind.ONLY_IN_QUERY, 0, round(wq[i])));
        placeQ |= t.kind() == TokenKind.LOCATION;
        numberQ |= t.kind() == TokenKind.NUMBER;
      }
    }
    for (int j = 0; j < nc; j++) {
      Token t = cs.get(j);
      distinctiveC |= t.distinctive();
      if (!usedC[j]) {
        alignment.add(new TokenAlignment("", t.surface(), MatchKind.ONLY_IN_LISTED, 0, round(t.weight())));
        placeC |= t.kind() == TokenKind.LOCATION;
        numberC |= t.kind() == TokenKind.NUMBER;
      }
    }
    if ((distinctiveC && !distinctiveCMatched) || (distinctiveQ && !distinctiveQMatched)) {
      score *= NO_DISTINCTIVE_FACTOR;
      notes.add("no distinctive word was matched on the " + (distinctiveC && !distinctiveCMatched ? "listed" : "query")
          + " side, only generic words, places or forms: score x" + NO_DISTINCTIVE_FACTOR);
    }
    if (placeQ && placeC) {
      score *= PLACE_CONFLICT_FACTOR;
      notes.add("the names name different places: score x" + PLACE_CONFLICT_FACTOR);
    }
    if (numberQ && numberC) {
      score *= NUMBER_CONFLICT_FACTOR;
      notes.add("the names carry different numbers: score x" + NUMBER_CONFLICT_FACTOR);
    }
    return new NameScore(Math.min(1.0, score), alignment, notes);
  }

  /** Compares two non-form words; returns how they match and puts the similarity in {@code out[0]}. */
  static MatchKind compare(Token a, Token b, double[] out) {
    String ka = a.key();
    String kb = b.key();
    if (ka.equals(kb)) {
      out[0] = 1.0;
      return MatchKind.EXACT;
    }
    boolean initialA = a.kind() == TokenKind.INITIAL;
    boolean initialB = b.kind() == TokenKind.INITIAL;
    if (initialA || initialB) {
      if (initialA != initialB && (initialA ? kb.startsWith(ka) : ka.startsWith(kb))) {
        out[0] = 0.6;
        return MatchKind.INITIAL;
      }
      return null;
    }
    if (a.kind() == TokenKind.NUMBER || b.kind() == TokenKind.NUMBER || a.kind() == TokenKind.STOP
        || b.kind() == TokenKind.STOP) {
      return null;
    }
    if (!a.zhKey().isEmpty() && a.zhKey().equals(b.zhKey())) {
      out[0] = 0.9;
      return MatchKind.ROMANISATION_ZH;
    }
    if ((a.origin().equals("hangul") || b.origin().equals("hangul")) && !a.koKey().isEmpty()
        && a.koKey().equals(b.koKey())) {
      out[0] = 0.88;
      return MatchKind.ROMANISATION_KO;
    }
    int la = ka.length();
    int lb = kb.length();
    if (la >= 4 && lb >= 4) {
      int max = Math.max(la, lb);
      int allowed = max <= 5 ? 1 : 2;
      int d = EditDistance.bounded(ka, kb, allowed);
      if (d <= allowed) {
        double s = 1.0 - (double) d / max;
        if (ka.charAt(0) != kb.charAt(0)) {
          s -= 0.05;
        }
        if (s >= 0.7) {
          out[0] = s;
          return MatchKind.TYPO;
        }
      }
    }
    // sound-alike alone is weak evidence ("Siemens" and "Zaman" share a code): same first letter only
    if (!a.phonetic().isEmpty() && a.phonetic().equals(b.phonetic()) && ka.charAt(0) == kb.charAt(0)) {
      out[0] = 0.7;
      return MatchKind.PHONETIC;
    }
    return null;
  }

  /** Runs of 2-4 words on one side written as one word on the other. */
  private static void joined(List<Token> run, List<Token> single, boolean swapped, List<Pair> pairs) {
    for (int i = 0; i < run.size(); i++) {
      StringBuilder concat = new StringBuilder(run.get(i).surface());
      for (int len = 2; len <= 4 && i + len <= run.size(); len++) {
        Token next = run.get(i + len - 1);
        if (run.get(i).kind() == TokenKind.FORM && next.kind() == TokenKind.FORM) {
          break; // a run of legal forms alone is not a name ("co ltd" against "coltd")
        }
        concat.append(next.surface());
        String joined = concat.toString();
        String joinedZh = null;
        for (int j = 0; j < single.size(); j++) {
          Token s = single.get(j);
          int sl = s.key().length();
          if (s.kind() == TokenKind.FORM || sl < joined.length() - 2 || sl > joined.length() + 2) {
            continue;
          }
          double sim = 0;
          if (s.surface().equals(joined) || s.key().equals(joined)) {
            sim = 1.0;
          } else if (!s.zhKey().isEmpty()) {
            if (joinedZh == null) {
              joinedZh = ReferenceChineseRomanization.key(joined);
            }
            if (s.zhKey().equals(joinedZh)) {
              sim = 0.9;
            }
          }
          if (sim == 0 && !s.koKey().isEmpty() && (s.origin().equals("hangul") || run.get(i).origin().equals("hangul"))
              && s.koKey().equals(KoreanRomanization.key(joined))) {
            sim = 0.88;
          }
          if (sim == 0 && joined.length() >= 6) {
            int d = EditDistance.bounded(s.surface(), joined, 1);
            if (d <= 1) {
              sim = 0.9;
            }
          }
          if (sim > 0) {
            int[] many = new int[len];
            for (int k = 0; k < len; k++) {
              many[k] = i + k;
            }
            int[] one = {j};
            pairs.add(swapped ? pair(one, many, sim, MatchKind.JOINED, single, run)
                : pair(many, one, sim, MatchKind.JOINED, run, single));
          }
        }
      }
    }
  }

  /** A word of 2-6 letters equal to the initials of a run of words on the other side. */
  private static void acronyms(List<Token> shortSide, List<Token> longSide, boolean swapped, List<Pair> pairs) {
    for (boolean withForms : new boolean[] {false, true}) {
      List<Integer> idx = new ArrayList<>();
      StringBuilder initials = new StringBuilder();
      for (int j = 0; j < longSide.size(); j++) {
        Token t = longSide.get(j);
        if (t.kind() != TokenKind.STOP && (withForms || t.kind() != TokenKind.FORM) && !t.surface().isEmpty()) {
          idx.add(j);
          initials.append(t.surface().charAt(0));
        }
      }
      if (idx.size() < 2) {
        continue;
      }
      String all = initials.toString();
      for (int i = 0; i < shortSide.size(); i++) {
        Token t = shortSide.get(i);
        String k = t.surface();
        if (t.kind() == TokenKind.FORM || t.kind() == TokenKind.STOP || k.length() < 2 || k.length() > 6) {
          continue;
        }
        int at = all.indexOf(k);
        if (at < 0) {
          continue;
        }
        int[] many = new int[k.length()];
        for (int m = 0; m < k.length(); m++) {
          many[m] = idx.get(at + m);
        }
        int[] one = {i};
        // an acronym is evidence, not proof: it never scores as high as the words themselves
        double sim = 0.8;
        Pair p = swapped ? pair(many, one, sim, MatchKind.ACRONYM, longSide, shortSide)
            : pair(one, many, sim, MatchKind.ACRONYM, shortSide, longSide);
        // ranked by the short word alone, so that the long words pair with their equals first and
        // the acronym only explains words nothing else explains
        pairs.add(new Pair(p.q(), p.c(), sim, MatchKind.ACRONYM, sim * t.weight()));
      }
    }
  }

  private static Pair pair(int[] q, int[] c, double sim, MatchKind how, List<Token> qs, List<Token> cs) {
    double w = 0;
    for (int i : q) {
      w += qs.get(i).weight();
    }
    for (int j : c) {
      w += cs.get(j).weight();
    }
    return new Pair(q, c, sim, how, sim * w);
  }

  private static boolean anyUsed(boolean[] used, int[] idx) {
    for (int i : idx) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] used, int[] idx) {
    for (int i : idx) {
      used[i] = true;
    }
  }

  private static String surface(List<Token> ts, int[] idx) {
    StringBuilder sb = new StringBuilder();
    for (int i : idx) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(ts.get(i).surface());
    }
    return sb.toString();
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
