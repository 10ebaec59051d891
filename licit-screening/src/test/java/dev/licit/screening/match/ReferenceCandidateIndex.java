package dev.licit.screening.match;

import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate blocking as it was before it was made fast (commit 28a33b7), kept verbatim apart from
 * its name: {@link CandidateIndexEquivalenceTest} checks that {@link CandidateIndex} returns the
 * same candidates in the same order.
 */
public final class ReferenceCandidateIndex {
  private static final int MIN_DELETION_LENGTH = 5;

  private final int readings;
  /** Words per reading: ties in the tally go to the shorter reading, which the query explains better. */
  private final float[] lengthPenalty;
  private final Map<String, Integer> vocab = new HashMap<>();
  private final List<int[]> postings = new ArrayList<>();
  private final float[] idf;
  private final Map<String, int[]> deletions = new HashMap<>();
  private final Map<String, int[]> zh = new HashMap<>();
  private final Map<String, int[]> ko = new HashMap<>();
  private final Map<String, int[]> phonetic = new HashMap<>();
  private final Map<String, int[]> acronyms = new HashMap<>();
  private final int commonPosting;
  private final ThreadLocal<Scratch> scratch;

  private static final class Scratch {
    final float[] tally;
    final int[] touched;
    int count;

    Scratch(int n) {
      tally = new float[n];
      touched = new int[n];
    }
  }

  public ReferenceCandidateIndex(List<NormalizedName> names) {
    this.readings = names.size();
    this.lengthPenalty = new float[readings];
    for (int r = 0; r < readings; r++) {
      lengthPenalty[r] = 1f / (1f + 0.05f * names.get(r).tokens().size());
    }
    Map<Integer, IntList> post = new HashMap<>();
    Map<String, IntList> acr = new HashMap<>();
    for (int r = 0; r < names.size(); r++) {
      List<Token> ts = names.get(r).tokens();
      StringBuilder initials = new StringBuilder();
      StringBuilder initialsWithForms = new StringBuilder();
      for (Token t : ts) {
        if (t.kind() == TokenKind.STOP) {
          continue;
        }
        initialsWithForms.append(t.surface().charAt(0));
        if (t.kind() == TokenKind.FORM) {
          continue;
        }
        initials.append(t.surface().charAt(0));
        if (t.kind() == TokenKind.INITIAL) {
          continue;
        }
        int id = vocab.computeIfAbsent(t.key(), k -> {
          postings.add(null);
          return postings.size() - 1;
        });
        post.computeIfAbsent(id, k -> new IntList()).addUnique(r);
      }
      if (initials.length() >= 2 && initials.length() <= 6) {
        acr.computeIfAbsent(initials.toString(), k -> new IntList()).addUnique(r);
      }
      if (initialsWithForms.length() >= 2 && initialsWithForms.length() <= 6) {
        acr.computeIfAbsent(initialsWithForms.toString(), k -> new IntList()).addUnique(r);
      }
    }
    idf = new float[postings.size()];
    for (Map.Entry<Integer, IntList> e : post.entrySet()) {
      int[] p = e.getValue().toArray();
      postings.set(e.getKey(), p);
      idf[e.getKey()] = (float) Math.log(1.0 + (double) readings / p.length);
    }
    for (Map.Entry<String, IntList> e : acr.entrySet()) {
      acronyms.put(e.getKey(), e.getValue().toArray());
    }
    Map<String, IntList> del = new HashMap<>();
    Map<String, IntList> zhb = new HashMap<>();
    Map<String, IntList> kob = new HashMap<>();
    Map<String, IntList> phb = new HashMap<>();
    Map<String, Token> sample = new HashMap<>();
    for (NormalizedName n : names) {
      for (Token t : n.tokens()) {
        sample.putIfAbsent(t.key(), t);
      }
    }
    for (Map.Entry<String, Integer> e : vocab.entrySet()) {
      String w = e.getKey();
      int id = e.getValue();
      if (w.length() >= MIN_DELETION_LENGTH && w.length() <= 24) {
        del.computeIfAbsent(w, k -> new IntList()).addUnique(id);
        for (int i = 0; i < w.length(); i++) {
          del.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new IntList()).addUnique(id);
        }
      }
      Token t = sample.get(w);
      if (t != null) {
        if (!t.zhKey().isEmpty()) {
          zhb.computeIfAbsent(t.zhKey(), k -> new IntList()).addUnique(id);
        }
        if (!t.koKey().isEmpty()) {
          kob.computeIfAbsent(t.koKey(), k -> new IntList()).addUnique(id);
        }
        if (!t.phonetic().isEmpty()) {
          phb.computeIfAbsent(t.phonetic(), k -> new IntList()).addUnique(id);
        }
      }
    }
    del.forEach((k, v) -> deletions.put(k, v.toArray()));
    zhb.forEach((k, v) -> zh.put(k, v.toArray()));
    kob.forEach((k, v) -> ko.put(k, v.toArray()));
    phb.forEach((k, v) -> phonetic.put(k, v.toArray()));
    commonPosting = Math.max(500, readings / 25);
    scratch = ThreadLocal.withInitial(() -> new Scratch(readings));
  }

  public int size() {
    return readings;
  }

  /** Up to {@code limit} reading indexes, best tally first. */
  public int[] candidates(List<NormalizedName> query, int limit) {
    Scratch s = scratch.get();
    try {
      boolean skipped = collect(query, s, true);
      if (s.count == 0 && skipped) {
        collect(query, s, false);
      }
      return top(s, limit);
    } finally {
      for (int i = 0; i < s.count; i++) {
        s.tally[s.touched[i]] = 0;
      }
      s.count = 0;
    }
  }

  private boolean collect(List<NormalizedName> query, Scratch s, boolean skipCommon) {
    boolean[] skipped = {false};
    for (NormalizedName n : query) {
      List<Token> ts = n.tokens();
      for (int i = 0; i < ts.size(); i++) {
        Token t = ts.get(i);
        if (t.kind() == TokenKind.FORM || t.kind() == TokenKind.STOP || t.kind() == TokenKind.INITIAL) {
          continue;
        }
        Map<Integer, Float> hits = new HashMap<>();
        hit(hits, vocab.get(t.key()), 1f);
        if (t.key().length() >= MIN_DELETION_LENGTH - 1) {
          String w = t.key();
          hitAll(hits, deletions.get(w), 0.7f);
          for (int k = 0; k < w.length(); k++) {
            hitAll(hits, deletions.get(w.substring(0, k) + w.substring(k + 1)), 0.7f);
          }
        }
        if (!t.zhKey().isEmpty()) {
          hitAll(hits, zh.get(t.zhKey()), 0.85f);
        }
        if (!t.koKey().isEmpty() && t.origin().equals("hangul")) {
          hitAll(hits, ko.get(t.koKey()), 0.85f);
        }
        if (!t.phonetic().isEmpty()) {
          hitAll(hits, phonetic.get(t.phonetic()), 0.5f);
        }
        // spacing: the word may be two listed words written together
        String w = t.key();
        if (w.length() >= 6 && !vocab.containsKey(w)) {
          for (int k = 2; k <= w.length() - 2; k++) {
            Integer left = vocab.get(w.substring(0, k));
            Integer right = vocab.get(w.substring(k));
            if (left != null && right != null) {
              hit(hits, left, 0.9f);
              hit(hits, right, 0.9f);
            }
          }
        }
        // or this word and the next ones may be one listed word
        StringBuilder joined = new StringBuilder(t.surface());
        for (int k = i + 1; k < Math.min(ts.size(), i + 4); k++) {
          joined.append(ts.get(k).surface());
          hit(hits, vocab.get(joined.toString()), 1f);
        }
        if (t.surface().length() >= 2 && t.surface().length() <= 6) {
          int[] a = acronyms.get(t.surface());
          if (a != null) {
            for (int r : a) {
              add(s, r, 2.0f);
            }
          }
        }
        for (Map.Entry<Integer, Float> h : hits.entrySet()) {
          int[] p = postings.get(h.getKey());
          if (skipCommon && p.length > commonPosting) {
            skipped[0] = true;
            continue;
          }
          float w2 = idf[h.getKey()] * h.getValue();
          for (int r : p) {
            add(s, r, w2);
          }
        }
      }
    }
    return skipped[0];
  }

  private static void hit(Map<Integer, Float> hits, Integer id, float factor) {
    if (id != null) {
      hits.merge(id, factor, Math::max);
    }
  }

  private static void hitAll(Map<Integer, Float> hits, int[] ids, float factor) {
    if (ids != null) {
      for (int id : ids) {
        hits.merge(id, factor, Math::max);
      }
    }
  }

  private static void add(Scratch s, int r, float w) {
    if (s.tally[r] == 0) {
      s.touched[s.count++] = r;
    }
    s.tally[r] += w;
  }

  private int[] top(Scratch s, int limit) {
    int n = s.count;
    if (n == 0) {
      return new int[0];
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      int r = s.touched[i];
      // positive floats order like their bit patterns: sort ascending, read from the end
      packed[i] = ((long) Float.floatToIntBits(s.tally[r] * lengthPenalty[r])) << 32 | r;
    }
    Arrays.sort(packed);
    int k = Math.min(limit, n);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) packed[n - 1 - i];
    }
    return out;
  }

  /** A growable int list that ignores a value equal to the last one added. */
  private static final class IntList {
    int[] a = new int[4];
    int n;

    void addUnique(int v) {
      if (n > 0 && a[n - 1] == v) {
        return;
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
