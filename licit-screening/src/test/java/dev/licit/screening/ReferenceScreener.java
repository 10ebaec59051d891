package dev.licit.screening;

import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.match.Aliases;
import dev.licit.screening.match.ReferenceCandidateIndex;
import dev.licit.screening.match.NameScore;
import dev.licit.screening.match.ReferenceNameScorer;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The screener as it was before it was made fast (commit 28a33b7), kept verbatim apart from its
 * name and its use of the reference index and scorer: {@link ScreenerEquivalenceTest} checks that
 * the fast screener reports exactly what this one does.
 */
final class ReferenceScreener {
  static final double COUNTRY_AGREES = 0.02;
  static final double COUNTRY_DIFFERS = 0.05;
  static final double ADDRESS_AGREES = 0.03;
  /** Derived aliases (short names, names without places) rank just below the published name. */
  static final double DERIVED_ALIAS_FACTOR = 0.98;
  private static final int CANDIDATES = 40;

  private final ListSnapshot snapshot;
  private final Thresholds thresholds;
  private final List<ListEntry> entries;
  private final int[] aliasEntry;
  private final String[] aliasText;
  private final String[] aliasNote;
  private final List<NormalizedName> readings = new ArrayList<>();
  private final List<Integer> readingAlias = new ArrayList<>();
  private final List<List<NormalizedName>> aliasReadings = new ArrayList<>();
  private final ReferenceCandidateIndex index;
  private final List<Set<String>> addressWords = new ArrayList<>();

  ReferenceScreener(ListSnapshot snapshot, Thresholds thresholds) {
    this.snapshot = snapshot;
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.entries = snapshot.entries();
    List<Integer> ae = new ArrayList<>();
    List<String> at = new ArrayList<>();
    List<String> an = new ArrayList<>();
    for (int e = 0; e < entries.size(); e++) {
      ListEntry entry = entries.get(e);
      Set<String> seen = new HashSet<>();
      for (String name : entry.names()) {
        for (Aliases.Alias alias : Aliases.derive(name)) {
          List<NormalizedName> rs = Normalizer.readings(alias.text());
          if (rs.get(0).isEmpty() || !seen.add(rs.get(0).text())) {
            continue;
          }
          int a = at.size();
          ae.add(e);
          at.add(alias.text());
          an.add(alias.note());
          aliasReadings.add(rs);
          for (NormalizedName r : rs) {
            readings.add(r);
            readingAlias.add(a);
          }
        }
      }
      Set<String> words = new HashSet<>();
      for (String address : entry.addresses()) {
        words.addAll(addressWords(address));
      }
      addressWords.add(words);
    }
    aliasEntry = ae.stream().mapToInt(Integer::intValue).toArray();
    aliasText = at.toArray(String[]::new);
    aliasNote = an.toArray(String[]::new);
    index = new ReferenceCandidateIndex(readings);
  }

  public ListSnapshot snapshot() {
    return snapshot;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** Number of searchable aliases (published names and those derived from them). */
  public int aliasCount() {
    return aliasText.length;
  }

  /**
   * Matches at POSSIBLE or above, best first.
   *
   * @param country ISO 3166-1 alpha-2 code of the party, or null
   */
  public List<ScreeningMatch> screen(String name, String country) {
    return screen(new ScreeningQuery(name, country, null));
  }

  public List<ScreeningMatch> screen(ScreeningQuery query) {
    return screen(query, false);
  }

  /** Like {@link #screen(ScreeningQuery)} but keeps candidates below POSSIBLE too (for tools and tests). */
  public List<ScreeningMatch> screenAll(ScreeningQuery query) {
    return screen(query, true);
  }

  private List<ScreeningMatch> screen(ScreeningQuery query, boolean keepAll) {
    List<NormalizedName> q = Normalizer.readings(query.name());
    if (q.get(0).isEmpty()) {
      return List.of();
    }
    int[] candidates = index.candidates(q, CANDIDATES);
    Map<Integer, Best> bestByEntry = new HashMap<>();
    for (int r : candidates) {
      int alias = readingAlias.get(r);
      int entry = aliasEntry[alias];
      for (NormalizedName qr : q) {
        NameScore s = ReferenceNameScorer.score(qr, readings.get(r));
        double score = aliasNote[alias].isEmpty() ? s.score() : s.score() * DERIVED_ALIAS_FACTOR;
        Best b = bestByEntry.get(entry);
        if (b == null || score > b.score) {
          bestByEntry.put(entry, new Best(alias, r, qr.reading(), s, score));
        }
      }
    }
    String country = query.country() == null || query.country().isBlank() ? null
        : query.country().strip().toUpperCase(Locale.ROOT);
    Set<String> queryAddress = query.address() == null ? Set.of() : addressWords(query.address());
    List<ScreeningMatch> out = new ArrayList<>();
    for (Map.Entry<Integer, Best> e : bestByEntry.entrySet()) {
      ListEntry entry = entries.get(e.getKey());
      Best b = e.getValue();
      double score = b.score;
      List<String> adjustments = new ArrayList<>(b.name.notes());
      if (!aliasNote[b.alias].isEmpty()) {
        adjustments.add("alias derived from the published name (" + aliasNote[b.alias] + "): score x"
            + DERIVED_ALIAS_FACTOR);
      }
      if (score >= thresholds.possible() || keepAll) {
        if (country != null && !entry.countries().isEmpty()) {
          if (entry.countries().contains(country)) {
            score += COUNTRY_AGREES;
            adjustments.add("country " + country + " is among the entry's countries: +" + COUNTRY_AGREES);
          } else {
            score -= COUNTRY_DIFFERS;
            adjustments.add("country " + country + " is not among the entry's countries " + entry.countries()
                + ": -" + COUNTRY_DIFFERS);
          }
        }
        if (!queryAddress.isEmpty() && addressAgrees(queryAddress, addressWords.get(e.getKey()))) {
          score += ADDRESS_AGREES;
          adjustments.add("the address shares most of its words with a listed address: +" + ADDRESS_AGREES);
        }
      }
      score = Math.max(0, Math.min(1, score));
      Band band = thresholds.band(score);
      if (band == Band.NO_MATCH && !keepAll) {
        continue;
      }
      out.add(toMatch(query.name(), entry, b, score, band, adjustments));
    }
    // best first: band, then the severity of the list (a denial before an information-only list),
    // then score
    out.sort(Comparator.comparing(ScreeningMatch::band).thenComparingInt(m -> Consequences.severity(m.list()))
        .thenComparing(Comparator.comparingDouble(ScreeningMatch::score).reversed())
        .thenComparing(ScreeningMatch::entryId));
    return out;
  }

  private record Best(int alias, int reading, String queryReading, NameScore name, double score) {}

  private ScreeningMatch toMatch(String queryName, ListEntry entry, Best b, double score, Band band,
      List<String> adjustments) {
    String consequence = Consequences.of(entry);
    double rounded = Math.round(score * 1000) / 1000.0;
    String summary = String.format(Locale.ROOT, "%s: \"%s\" resembles \"%s\"%s of %s entry %s (\"%s\"), score %.3f. %s.",
        band, queryName, aliasText[b.alias], aliasNote[b.alias].isEmpty() ? "" : " (" + aliasNote[b.alias] + ")",
        entry.list(), entry.entryId(), entry.name(), rounded, consequence);
    Explanation ex = new Explanation(summary, queryName, aliasText[b.alias], aliasNote[b.alias],
        readingOf(b), Math.round(b.name.score() * 1000) / 1000.0, b.name.alignment(), adjustments, consequence);
    return new ScreeningMatch(entry.list(), entry.entryId(), entry.name(), aliasText[b.alias], rounded, band,
        entry.licenseRequirement(), entry.licensePolicy(), entry.federalRegisterNotice(), ex);
  }

  /** The query's reading unless it is plain Latin, in which case the listed alias's reading. */
  private String readingOf(Best b) {
    return b.queryReading.equals("latin") ? readings.get(b.reading).reading() : b.queryReading;
  }

  private static Set<String> addressWords(String address) {
    Set<String> words = new HashSet<>();
    for (Token t : Normalizer.normalize(address).tokens()) {
      if (t.kind() != TokenKind.STOP && t.kind() != TokenKind.FORM && t.key().length() > 1) {
        words.add(t.key());
      }
    }
    return words;
  }

  private static boolean addressAgrees(Set<String> query, Set<String> listed) {
    if (query.size() < 2 || listed.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : query) {
      if (listed.contains(w)) {
        shared++;
      }
    }
    return shared >= 2 && shared * 2 >= query.size();
  }
}
