package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.ingest.Agreement;
import io.pressroom.ingest.AreaScore;
import io.pressroom.ingest.Counterpart;
import io.pressroom.ingest.Kind;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.Release;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Links what the index can tell about a release once it is in: its clauses and agreements to
 * their counterparts in the other language's version of the same release, and each agreement to
 * the cooperation areas its text belongs to.
 *
 * <p><b>Counterparts.</b> The other version is a release published within a day, in the other
 * language (Chinese vs English), sharing the most cooperation areas. Clause k of an area is linked
 * to clause k of the same area, agreement n to agreement n. A link is marked uncertain when the
 * two versions disagree on that area's clause count, on the number of agreements, or on an
 * agreement's document type.
 *
 * <p><b>Agreement areas.</b> Lucene's {@link MoreLikeThis} picks the agreement text's most
 * distinctive terms (by tf-idf over the whole index) and searches the clauses of the same
 * language with them; terms found in more than a fifth of all paragraphs are ignored; the
 * scores of the top clauses are summed per area. Areas reaching 70% of the best area's sum are kept, scored relative to it (best = 1.0). No per-agreement table.
 */
final class ReleaseLinker {
  private static final int CLAUSES_CONSULTED = 20;
  private static final double AREA_SHARE = 0.7;
  /** Terms in more than this share of paragraphs (合作, 香港, co-operation) say nothing of an area. */
  private static final int MAX_DOC_FREQ_PCT = 20;

  private final Analyzer analyzer;

  ReleaseLinker(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The releases to write again so that {@code release} and its counterpart carry their links:
   * empty when nothing changes.
   */
  List<ParsedRelease> link(IndexSearcher s, ParsedRelease release, Function<String, Optional<ParsedRelease>> loader)
      throws IOException {
    ParsedRelease withAreas = withAgreementAreas(s, release);
    Optional<ParsedRelease> other = counterpartRelease(s, release.release(), release.paragraphs(), loader);
    ParsedRelease linked = other.map(o -> linkTo(withAreas, o)).orElse(unlinked(withAreas));
    List<ParsedRelease> out = new ArrayList<>();
    if (!linked.equals(release)) {
      out.add(linked);
    }
    if (other.isPresent()) {
      ParsedRelease back = linkTo(other.get(), linked);
      if (!back.equals(other.get())) {
        out.add(back);
      }
    }
    return out;
  }

  /** {@code r} with every counterpart link removed (its other version is gone). */
  static ParsedRelease unlinked(ParsedRelease r) {
    List<Paragraph> ps = r.paragraphs().stream().map(p -> p.withCounterpart(null)).toList();
    return new ParsedRelease(r.release(), ps);
  }

  private Optional<ParsedRelease> counterpartRelease(
      IndexSearcher s, Release r, List<Paragraph> paragraphs, Function<String, Optional<ParsedRelease>> loader)
      throws IOException {
    if (r.published() == null || !hasStructure(paragraphs)) {
      return Optional.empty();
    }
    boolean english = "en".equals(r.language());
    long t = r.published().toEpochSecond();
    long day = Duration.ofDays(1).toSeconds();
    Query q = new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(PUBLISHED, t - day, t + day), Occur.FILTER)
        .add(new TermQuery(new Term(KIND, Kind.CLAUSE.id())), Occur.FILTER)
        .add(new TermQuery(new Term(LANG, "en")), english ? Occur.MUST_NOT : Occur.FILTER)
        .build();
    Set<String> candidates = new LinkedHashSet<>();
    TopDocs top = s.search(q, 1000);
    for (ScoreDoc d : top.scoreDocs) {
      candidates.add(ParagraphDocuments.toParagraph(s.storedFields().document(d.doc)).release().id());
    }
    candidates.remove(r.id());
    Set<String> areas = areaIds(paragraphs);
    ParsedRelease best = null;
    int bestShared = 0;
    for (String id : candidates) {
      Optional<ParsedRelease> c = loader.apply(id);
      if (c.isEmpty() || "en".equals(c.get().release().language()) == english) {
        continue;
      }
      Set<String> shared = areaIds(c.get().paragraphs());
      shared.retainAll(areas);
      if (shared.size() > bestShared) {
        best = c.get();
        bestShared = shared.size();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean hasStructure(List<Paragraph> ps) {
    return ps.stream().anyMatch(p -> p.kind() == Kind.CLAUSE || p.kind() == Kind.AGREEMENT);
  }

  private static Set<String> areaIds(List<Paragraph> ps) {
    Set<String> ids = new LinkedHashSet<>();
    ps.stream().filter(p -> p.area() != null).forEach(p -> ids.add(p.area().id()));
    return ids;
  }

  /** {@code r}'s clauses and agreements linked to those of {@code other}. */
  static ParsedRelease linkTo(ParsedRelease r, ParsedRelease other) {
    Map<String, List<Paragraph>> clauses = clausesByArea(r.paragraphs());
    Map<String, List<Paragraph>> otherClauses = clausesByArea(other.paragraphs());
    Map<Integer, Paragraph> otherAgreements = new HashMap<>();
    other.paragraphs().stream().filter(p -> p.agreement() != null)
        .forEach(p -> otherAgreements.putIfAbsent(p.agreement().number(), p));
    long agreements = r.paragraphs().stream().filter(p -> p.agreement() != null).count();

    List<Paragraph> out = new ArrayList<>(r.paragraphs().size());
    for (Paragraph p : r.paragraphs()) {
      Counterpart link = null;
      if (p.kind() == Kind.CLAUSE && p.area() != null) {
        List<Paragraph> mine = clauses.get(p.area().id());
        List<Paragraph> theirs = otherClauses.getOrDefault(p.area().id(), List.of());
        int k = mine.indexOf(p);
        if (k < theirs.size()) {
          link = new Counterpart(theirs.get(k).id(), mine.size() == theirs.size());
        }
      } else if (p.kind() == Kind.AGREEMENT && p.agreement() != null) {
        Paragraph o = otherAgreements.get(p.agreement().number());
        if (o != null) {
          boolean certain = agreements == otherAgreements.size()
              && Objects.equals(p.agreement().type(), o.agreement().type());
          link = new Counterpart(o.id(), certain);
        }
      }
      out.add(p.withCounterpart(link));
    }
    return new ParsedRelease(r.release(), out);
  }

  private static Map<String, List<Paragraph>> clausesByArea(List<Paragraph> ps) {
    Map<String, List<Paragraph>> m = new LinkedHashMap<>();
    ps.stream().filter(p -> p.kind() == Kind.CLAUSE && p.area() != null)
        .forEach(p -> m.computeIfAbsent(p.area().id(), k -> new ArrayList<>()).add(p));
    return m;
  }

  private ParsedRelease withAgreementAreas(IndexSearcher s, ParsedRelease r) throws IOException {
    List<Paragraph> out = new ArrayList<>(r.paragraphs().size());
    boolean changed = false;
    for (Paragraph p : r.paragraphs()) {
      if (p.agreement() == null) {
        out.add(p);
        continue;
      }
      List<AreaScore> areas = areasOf(s, p, subject(p.agreement()));
      if (areas.isEmpty()) {
        areas = areasOf(s, p, p.agreement().title());
      }
      changed |= !areas.equals(p.agreement().areas());
      out.add(p.withAgreement(p.agreement().withAreas(areas)));
    }
    return changed ? new ParsedRelease(r.release(), out) : r;
  }

  /**
   * What an agreement is about: its title without the signing parties, whose names (Culture,
   * Sports and Tourism Bureau …) would pull it towards unrelated areas. When the subject alone
   * names no area (合作協議書), the whole title is tried.
   */
  static String subject(Agreement a) {
    String subject = a.title();
    for (String party : a.parties()) {
      subject = subject.replace(party, " ");
    }
    subject = subject.replaceAll("\\s(?:between|among|and|the)\\s", " ");
    return subject;
  }

  private List<AreaScore> areasOf(IndexSearcher s, Paragraph agreement, String text) throws IOException {
    boolean english = "en".equals(agreement.lang());
    String field = english ? TEXT_EN : TEXT;
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {field});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(english ? 3 : 2);
    mlt.setMaxQueryTerms(25);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PCT);
    Query like = mlt.like(field, new StringReader(text));
    Query q = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(KIND, Kind.CLAUSE.id())), Occur.FILTER)
        .add(new TermQuery(new Term(LANG, "en")), english ? Occur.FILTER : Occur.MUST_NOT)
        .build();
    Map<String, Double> byArea = new LinkedHashMap<>();
    for (ScoreDoc d : s.search(q, CLAUSES_CONSULTED).scoreDocs) {
      Paragraph clause = ParagraphDocuments.toParagraph(s.storedFields().document(d.doc));
      byArea.merge(clause.area().id(), (double) d.score, Double::sum);
    }
    double best = byArea.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<AreaScore> out = new ArrayList<>();
    byArea.entrySet().stream()
        .filter(e -> best > 0 && e.getValue() >= AREA_SHARE * best)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.add(new AreaScore(e.getKey(), Math.round(e.getValue() / best * 100) / 100.0)));
    return out;
  }
}
