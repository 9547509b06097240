package io.pressroom.index;

import static io.pressroom.index.IndexFields.*;

import io.pressroom.ingest.Counterpart;
import io.pressroom.ingest.Kind;
import io.pressroom.ingest.Paragraph;
import io.pressroom.ingest.ParsedRelease;
import io.pressroom.ingest.Release;
import java.io.IOException;
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
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Links the clauses and agreements of a release, once it is in the index, to their counterparts
 * in the other language's version of the same release.
 *
 * <p>The other version is a release published within a day, in the other language (Chinese vs
 * English), sharing the most cooperation areas. Clause k of an area is linked to clause k of the
 * same area, agreement n to agreement n. A link is marked uncertain when the two versions disagree
 * on that area's clause count, on the number of agreements, or on an agreement's document type.
 */
final class ReleaseLinker {
  private ReleaseLinker() {}

  /** {@code r} with every counterpart link removed (its other version is gone). */
  static ParsedRelease unlinked(ParsedRelease r) {
    List<Paragraph> ps = r.paragraphs().stream().map(p -> p.withCounterpart(null)).toList();
    return new ParsedRelease(r.release(), ps);
  }

  /** The other language's version of {@code r} in the index, if any ({@code loader} reads a release). */
  static Optional<ParsedRelease> counterpart(
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
}
