package io.pressroom.core;

import io.pressroom.model.Kind;
import io.pressroom.model.AreaScore;
import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Links each agreement of a release to the cooperation areas its text belongs to, from term
 * statistics of the release's own clauses, before the release is indexed (no second write).
 *
 * <p>Each area is the bag of words of its clauses (in the agreement's language, analysed like the
 * index analyses them). A word's weight is its inverse area frequency, ln(areas / areas using it);
 * words used by more than half the areas (合作, 兩地, co-operation) are ignored. An
 * area scores the sum, over the distinct words of the agreement's subject (its title without the
 * signing parties, whose names would pull it elsewhere), of (1 + ln tf) × weight. Areas reaching
 * 70% of the best score are kept, scored relative to it (best = 1.0); when the subject names no
 * area, the whole title is tried. No table per agreement.
 */
public final class AgreementAreas {
  private static final double AREA_SHARE = 0.7;

  private final Analyzer analyzer;

  public AgreementAreas(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code r} with areas on every agreement, or {@code r} itself when it has no agreements or clauses. */
  public ParsedRelease withAreas(ParsedRelease r) {
    if (r.paragraphs().stream().noneMatch(p -> p.agreement() != null)
        || r.paragraphs().stream().noneMatch(p -> p.kind() == Kind.CLAUSE && p.area() != null)) {
      return r;
    }
    Map<Boolean, Vocabulary> byLanguage = new HashMap<>();
    List<Paragraph> out = new ArrayList<>(r.paragraphs().size());
    for (Paragraph p : r.paragraphs()) {
      if (p.agreement() == null) {
        out.add(p);
        continue;
      }
      boolean english = "en".equals(p.lang());
      Vocabulary v = byLanguage.computeIfAbsent(english, e -> new Vocabulary(r.paragraphs(), e));
      List<AreaScore> areas = v.score(words(subject(p.agreement()), english));
      if (areas.isEmpty()) {
        areas = v.score(words(p.agreement().title(), english));
      }
      out.add(p.withAgreement(p.agreement().withAreas(areas)));
    }
    return r.withParagraphs(out);
  }

  /**
   * What an agreement is about: its title without the signing parties, whose names (Culture,
   * Sports and Tourism Bureau …) would pull it towards unrelated areas.
   */
  static String subject(Agreement a) {
    String subject = a.title();
    for (String party : a.parties()) {
      subject = subject.replace(party, " ");
    }
    return subject.replaceAll("\\s(?:between|among|and|the)\\s", " ");
  }

  /** The words of {@code text} as the index sees them, without one-character Chinese or short English words. */
  private List<String> words(String text, boolean english) {
    String field = english ? io.pressroom.store.Fields.TEXT_EN : io.pressroom.store.Fields.TEXT;
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() >= (english ? 3 : 2)) {
          words.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** Word counts per area over the clauses of one language. */
  private final class Vocabulary {
    private final Map<String, Map<String, Integer>> countsByArea = new LinkedHashMap<>();
    private final Map<String, Integer> areasUsing = new HashMap<>();

    Vocabulary(List<Paragraph> paragraphs, boolean english) {
      for (Paragraph p : paragraphs) {
        if (p.kind() == Kind.CLAUSE && p.area() != null && "en".equals(p.lang()) == english) {
          Map<String, Integer> counts = countsByArea.computeIfAbsent(p.area().id(), k -> new HashMap<>());
          words(p.text(), english).forEach(w -> counts.merge(w, 1, Integer::sum));
        }
      }
      countsByArea.values().forEach(counts -> counts.keySet().forEach(w -> areasUsing.merge(w, 1, Integer::sum)));
    }

    List<AreaScore> score(List<String> subject) {
      int areas = countsByArea.size();
      Set<String> distinct = new LinkedHashSet<>(subject);
      Map<String, Double> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Integer>> area : countsByArea.entrySet()) {
        double score = 0;
        for (String w : distinct) {
          Integer tf = area.getValue().get(w);
          if (tf != null && areasUsing.get(w) * 2 <= areas) {
            score += (1 + Math.log(tf)) * Math.log((double) areas / areasUsing.get(w));
          }
        }
        if (score > 0) {
          scores.put(area.getKey(), score);
        }
      }
      double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      List<AreaScore> out = new ArrayList<>();
      scores.entrySet().stream()
          .filter(e -> e.getValue() >= AREA_SHARE * best)
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(e -> out.add(new AreaScore(e.getKey(), Math.round(e.getValue() / best * 100) / 100.0)));
      return out;
    }
  }
}
