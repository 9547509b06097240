package io.pressroom.solr;

import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Area;
import io.pressroom.search.Glossary;
import io.pressroom.search.InvalidRequestException;
import io.pressroom.search.UserQueryParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * Solr query parser {@code pressroom}: runs Pressroom's own {@link UserQueryParser} on the Solr
 * node, with the schema's analyzers (the generated ones) and the configset's glossary, so a query
 * sent to SolrCloud becomes exactly the Lucene query the embedded index runs. Registered by the
 * generated solrconfig.xml; Pressroom's jar must be on the node's classpath.
 */
public final class PressroomQParserPlugin extends QParserPlugin {
  /** Request parameter: parse runs of words relaxed (most, not all, words required). */
  public static final String RELAXED = "pressroom.relaxed";

  private final AreaTaxonomy taxonomy = AreaTaxonomy.standard();
  private volatile Glossary glossary;

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    UserQueryParser parser = new UserQueryParser(req.getSchema().getQueryAnalyzer(), this::areaId, glossary(req.getCore()));
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        try {
          String text = qstr == null ? "" : qstr;
          Query q = (params.getBool(RELAXED, false) ? parser.parseRelaxed(text) : parser.parse(text)).query();
          return q == null ? new MatchAllDocsQuery() : q;
        } catch (InvalidRequestException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }

  /**
   * Area names in {@code area:} clauses. The Pressroom process has already checked the area exists;
   * here a taxonomy name maps to its id, and any other name to the id its heading would get.
   */
  private String areaId(String name) {
    return taxonomy.resolve(name).map(Area::id).orElseGet(() -> taxonomy.forHeading(name).id());
  }

  private Glossary glossary(SolrCore core) {
    Glossary g = glossary;
    if (g == null) {
      synchronized (this) {
        g = glossary;
        if (g == null) {
          InputStream in;
          try {
            in = core.getResourceLoader().openResource(SolrConfigset.GLOSSARY_FILE);
          } catch (IOException notInConfigset) {
            in = null; // a configset written by hand: the shipped glossary alone
          }
          try (InputStream entries = in) {
            g = entries == null ? Glossary.standard() : Glossary.standardWith(entries, SolrConfigset.GLOSSARY_FILE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SolrConfigset.GLOSSARY_FILE + " from the configset", e);
          }
          glossary = g;
        }
      }
    }
    return g;
  }
}
