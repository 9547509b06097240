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
 * <p><b>Agreement areas.</b> Lucene's {@link MoreLikeThis} picks the agreement subject's most
 * distinctive terms (by tf-idf over the whole index; terms in more than a fifth of all paragraphs
 * are ignored) and searches the release's own clauses with them (every clause of its language for
 * a release without clauses). The scores of the top clauses are summed per area; areas reaching
 * 70% of the best area's sum are kept, scored relative to it (best = 1.0). No per-agreement table.
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
    // The other language's clauses of that day say which releases share the most areas, without
    // loading any release; only the best is loaded.
    Set<String> areas = areaIds(paragraphs);
    Map<String, Set<String>> sharedByRelease = new LinkedHashMap<>();
    for (ScoreDoc d : s.search(q, 2000).scoreDocs) {
      Paragraph clause = ParagraphDocuments.toParagraph(s.storedFields().document(d.doc));
      if (!clause.release().id().equals(r.id()) && clause.area() != null && areas.contains(clause.area().id())) {
        sharedByRelease.computeIfAbsent(clause.release().id(), k -> new LinkedHashSet<>()).add(clause.area().id());
      }
    }
    ParsedRelease best = null;
    int bestShared = 0;
    for (Map.Entry<String, Set<String>> e : sharedByRelease.entrySet()) {
      if (e.getValue().size() > bestShared) {
        Optional<ParsedRelease> c = loader.apply(e.getKey());
        if (c.isPresent() && "en".equals(c.get().release().language()) != english) {
          best = c.get();
          bestShared = e.getValue().size();
        }
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
    boolean ownClauses = r.paragraphs().stream().anyMatch(p -> p.kind() == Kind.CLAUSE);
    for (Paragraph p : r.paragraphs()) {
      if (p.agreement() == null) {
        out.add(p);
        continue;
      }
      List<AreaScore> areas = areasOf(s, p, subject(p.agreement()), ownClauses);
      if (areas.isEmpty()) {
        areas = areasOf(s, p, p.agreement().title(), ownClauses);
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

  private List<AreaScore> areasOf(IndexSearcher s, Paragraph agreement, String text, boolean ownClauses)
      throws IOException {
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
    // The release's own clauses when it has some (its areas are the candidates, and a small
    // filter keeps the search cheap on a large index); otherwise every clause of its language.
    Query clauses = ownClauses
        ? new TermQuery(new Term(RELEASE, agreement.release().id()))
        : new TermQuery(new Term(LANG, "en"));
    Query q = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(KIND, Kind.CLAUSE.id())), Occur.FILTER)
        .add(clauses, ownClauses || english ? Occur.FILTER : Occur.MUST_NOT)
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
