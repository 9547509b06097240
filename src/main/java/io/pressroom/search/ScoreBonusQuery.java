package io.pressroom.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query that matches what {@code in} matches and scores its score plus a constant: the tier that
 * puts a match of the words the user typed above any match of their translations, however rare the
 * translated term. Matching, and the maximum score that lets Lucene skip hits, are {@code in}'s
 * shifted by the bonus.
 */
final class ScoreBonusQuery extends Query {
  private final Query in;
  private final float bonus;

  ScoreBonusQuery(Query in, float bonus) {
    this.in = Objects.requireNonNull(in);
    this.bonus = bonus;
  }

  /**
   * {@code q} with every bonus taken off (the query as the highlighter should read it: it marks
   * phrases only in query types it knows).
   */
  static Query withoutBonus(Query q) {
    if (q instanceof ScoreBonusQuery b) {
      return withoutBonus(b.in);
    }
    if (q instanceof org.apache.lucene.search.BoostQuery b) {
      return new org.apache.lucene.search.BoostQuery(withoutBonus(b.getQuery()), b.getBoost());
    }
    if (q instanceof org.apache.lucene.search.DisjunctionMaxQuery d) {
      return new org.apache.lucene.search.DisjunctionMaxQuery(
          d.getDisjuncts().stream().map(ScoreBonusQuery::withoutBonus).toList(), d.getTieBreakerMultiplier());
    }
    if (q instanceof org.apache.lucene.search.ConstantScoreQuery c) {
      return new org.apache.lucene.search.ConstantScoreQuery(withoutBonus(c.getQuery()));
    }
    if (q instanceof org.apache.lucene.search.BooleanQuery bq) {
      org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      bq.clauses().forEach(c -> b.add(withoutBonus(c.getQuery()), c.getOccur()));
      return b.build();
    }
    return q;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? super.rewrite(searcher) : new ScoreBonusQuery(rewritten, bonus);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight w = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return w;
    }
    float add = bonus * boost;
    return new FilterWeight(this, w) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer s = in.scorer(context);
        return s == null ? null : new FilterScorer(s, this) {
          @Override
          public float score() throws IOException {
            return in.score() + add;
          }

          @Override
          public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) + add;
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation e = in.explain(context, doc);
        return e.isMatch() ? Explanation.match(e.getValue().floatValue() + add, "typed-words bonus " + add + " +", e) : e;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "bonus(" + in.toString(field) + ", +" + bonus + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && in.equals(((ScoreBonusQuery) o).in) && bonus == ((ScoreBonusQuery) o).bonus;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, bonus);
  }
}
