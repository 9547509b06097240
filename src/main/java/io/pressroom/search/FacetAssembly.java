package io.pressroom.search;

import static io.pressroom.store.Fields.AGREEMENT;
import static io.pressroom.store.Fields.AREA;
import static io.pressroom.store.Fields.CONFERENCE;
import static io.pressroom.store.Fields.ID;
import static io.pressroom.store.Fields.KIND;
import static io.pressroom.store.Fields.MONTH;
import static io.pressroom.store.Fields.ORGANISATION;
import static io.pressroom.store.Fields.RELEASE;
import static io.pressroom.store.Fields.SESSION;
import static io.pressroom.store.Fields.YEAR;

import io.pressroom.model.Agreement;
import io.pressroom.model.Area;
import io.pressroom.model.AreaTaxonomy;
import io.pressroom.model.Conference;
import io.pressroom.model.Paragraph;
import io.pressroom.search.SearchResult.AreaCount;
import io.pressroom.search.SearchResult.FacetValue;
import io.pressroom.search.SearchResult.Facets;
import io.pressroom.store.Fields;
import io.pressroom.store.StoredPage.FacetCount;
import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns raw facet counts, from whichever backend counted them, into the API's {@link Facets}: every
 * value named in each UI language — areas from the taxonomy (or from a paragraph for areas outside
 * it), agreements by their titles (the other language's title from the linked version),
 * organisations from the glossary or as written, conferences and sessions by the conference's name
 * — and each dimension in its display order. One place, so every backend answers alike.
 */
public final class FacetAssembly {
  /** The timeline shows months while the hits span at most this many, else years. */
  static final int MAX_TIMELINE_MONTHS = 36;
  private static final List<String> LANGS = List.of("zh-Hant", "zh-Hans", "en");

  /**
   * The first paragraph, in index order (release, then position), whose fields have all the given
   * values; null if there is none.
   */
  @FunctionalInterface
  public interface FirstParagraph {
    Paragraph find(Map<String, String> fieldValues);

    /** Where the labels of facet values may be kept while the data stays the same; null to keep none. */
    default Map<String, Map<String, String>> labelCache() {
      return null;
    }
  }

  private final AreaTaxonomy taxonomy;
  private final List<String> taxonomyOrder;
  private final Organisations organisations;
  private final Map<String, Map<String, String>> kindLabels = kindLabels();

  public FacetAssembly(AreaTaxonomy taxonomy, Organisations organisations) {
    this.taxonomy = taxonomy;
    this.taxonomyOrder = taxonomy.areas().stream().map(Area::id).toList();
    this.organisations = organisations;
  }

  /** The facets of a search from the counts per dimension ({@link Fields#FACET_DIMS}). */
  public Facets assemble(Map<String, List<FacetCount>> counts, FirstParagraph first) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACET_DIMS) {
      List<FacetValue> values = new ArrayList<>();
      Map<String, Map<String, String>> cache = first.labelCache();
      for (FacetCount c : counts.getOrDefault(dim, List.of())) {
        // Not computeIfAbsent: working out a label may search, and nothing may wait on a map's lock meanwhile.
        String key = dim + '\u0000' + c.value();
        Map<String, String> labels = cache == null ? null : cache.get(key);
        if (labels == null) {
          labels = labels(dim, c.value(), first);
          if (cache != null) {
            cache.putIfAbsent(key, labels);
          }
        }
        values.add(new FacetValue(c.value(), labels, c.count()));
      }
      values.sort(order(dim));
      out.put(dim, values);
    }
    List<FacetValue> months = out.get(MONTH);
    if (months != null && months.size() > 1 && monthsSpanned(months) > MAX_TIMELINE_MONTHS) {
      out.put(MONTH, List.of()); // a long span is shown by year: the year facet
    }
    return new Facets(out);
  }

  private Comparator<FacetValue> order(String dim) {
    Comparator<FacetValue> byCount = Comparator.comparingLong(FacetValue::count).reversed();
    return switch (dim) {
      case AREA -> byCount.thenComparingInt(v -> taxonomyRank(v.value()));
      case YEAR -> Comparator.comparing(FacetValue::value).reversed();
      case MONTH -> Comparator.comparing(FacetValue::value);
      case AGREEMENT -> byCount.thenComparing(v -> releaseOf(v.value())).thenComparingInt(v -> numberOf(v.value()));
      default -> byCount.thenComparing(FacetValue::value);
    };
  }

  private Map<String, String> labels(String dim, String value, FirstParagraph first) {
    return switch (dim) {
      case AREA -> area(value, first).labels();
      case KIND -> kindLabels.getOrDefault(value, same(value));
      case CONFERENCE -> conference(first, CONFERENCE, value).map(Conference::labels).orElse(same(value));
      case SESSION -> conference(first, SESSION, value).map(this::sessionLabels).orElse(same(value));
      case AGREEMENT -> agreementLabels(value, first);
      case ORGANISATION -> organisationLabels(value, first);
      case RELEASE -> same(required(first, RELEASE, value).release().title());
      case MONTH -> monthLabels(value);
      default -> same(value);
    };
  }

  /** How many months lie between the first and last of {@code months} (oldest first), both included. */
  private static long monthsSpanned(List<FacetValue> months) {
    try {
      java.time.YearMonth first = java.time.YearMonth.parse(months.get(0).value());
      java.time.YearMonth last = java.time.YearMonth.parse(months.get(months.size() - 1).value());
      return java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    } catch (java.time.DateTimeException e) {
      return months.size();
    }
  }

  /** Area counts over the whole index: every taxonomy area (zero or not) in taxonomy order, then others. */
  public List<AreaCount> areaCounts(List<FacetCount> all, FirstParagraph first) {
    Map<String, Long> counts = new LinkedHashMap<>();
    taxonomyOrder.forEach(id -> counts.put(id, 0L));
    all.forEach(c -> counts.put(c.value(), c.count()));
    List<AreaCount> out = new ArrayList<>();
    counts.forEach((id, n) -> out.add(new AreaCount(area(id, first), n)));
    return out;
  }

  /**
   * The values chosen per facet dimension, area names resolved to ids by {@code areaId}, for the
   * filters that are OR-ed within a dimension and AND-ed across them.
   */
  public static Map<String, List<String>> selections(SearchRequest r, Function<String, String> areaId) {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    r.filters().forEach((dim, values) ->
        selected.put(dim, AREA.equals(dim) ? values.stream().map(areaId).distinct().toList() : values));
    return selected;
  }

  /**
   * An area by id or label: a taxonomy area, else an area some paragraph has under that id or under
   * the id its heading would get.
   */
  public Optional<Area> resolveArea(String idOrLabel, FirstParagraph first) {
    Optional<Area> listed = taxonomy.resolve(idOrLabel);
    if (listed.isPresent()) {
      return listed;
    }
    for (String id : new java.util.LinkedHashSet<>(List.of(idOrLabel.strip(), taxonomy.forHeading(idOrLabel).id()))) {
      Paragraph p = first.find(Map.of(AREA, id));
      if (p != null) {
        return Optional.of(p.area());
      }
    }
    return Optional.empty();
  }

  /** The area with {@code id}: from the taxonomy, else as a paragraph of that area stores it. */
  public Area area(String id, FirstParagraph first) {
    return taxonomy.resolve(id).filter(a -> a.id().equals(id)).orElseGet(() -> required(first, AREA, id).area());
  }

  private int taxonomyRank(String id) {
    int i = taxonomyOrder.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Optional<Conference> conference(FirstParagraph first, String field, String value) {
    Paragraph p = first.find(Map.of(field, value));
    return Optional.ofNullable(p == null ? null : p.release().conference());
  }

  private Map<String, String> sessionLabels(Conference c) {
    Map<String, String> labels = new HashMap<>();
    labels.put("zh-Hant", c.labels().get("zh-Hant") + "第" + c.session() + "次會議");
    labels.put("zh-Hans", c.labels().get("zh-Hans") + "第" + c.session() + "次会议");
    labels.put("en", c.labels().get("en") + ", session " + c.session());
    return labels;
  }

  /**
   * An agreement's title in each language: as written, the Simplified form of a Chinese title, and
   * the title of the agreement it is linked to in the other language's version where there is one.
   */
  private Map<String, String> agreementLabels(String id, FirstParagraph first) {
    Paragraph p = required(first, AGREEMENT, id);
    Agreement a = p.agreements().stream().filter(g -> id.equals(g.id())).findFirst().orElseThrow();
    String other = null;
    if (p.counterpart() != null && a.equals(p.agreement())) {
      Paragraph linked = first.find(Map.of(ID, p.counterpart().id()));
      other = linked == null || linked.agreement() == null ? null : linked.agreement().title();
    }
    boolean english = "en".equals(p.lang());
    String chinese = english ? (other == null ? a.title() : other) : a.title();
    String englishTitle = english ? a.title() : (other == null ? a.title() : other);
    return Map.of("zh-Hant", chinese, "zh-Hans", ChineseScript.toSimplified(chinese), "en", englishTitle);
  }

  /** An organisation's names: the glossary's, else the name as a party of one of its agreements writes it. */
  private Map<String, String> organisationLabels(String id, FirstParagraph first) {
    Optional<Glossary.Entry> entry = organisations.entry(id);
    if (entry.isPresent() && !entry.get().english().isEmpty() && !entry.get().traditional().isEmpty()) {
      Glossary.Entry e = entry.get();
      return Map.of("zh-Hant", e.traditional().get(0), "zh-Hans", e.simplified().isEmpty() ? id : e.simplified().get(0),
          "en", e.english().get(0));
    }
    Paragraph p = first.find(Map.of(ORGANISATION, id));
    String written = id;
    if (p != null) {
      for (Agreement a : p.agreements()) {
        for (int i = 0; i < a.parties().size() && i < a.organisations().size(); i++) {
          if (id.equals(a.organisations().get(i))) {
            written = a.parties().get(i);
          }
        }
      }
    }
    return Map.of("zh-Hant", written, "zh-Hans", ChineseScript.toSimplified(written), "en", written);
  }

  /** {@code 2024-04} as 2024年4月 and Apr 2024. */
  private static Map<String, String> monthLabels(String value) {
    try {
      java.time.YearMonth m = java.time.YearMonth.parse(value);
      String zh = m.getYear() + "年" + m.getMonthValue() + "月";
      String en = m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + m.getYear();
      return Map.of("zh-Hant", zh, "zh-Hans", zh, "en", en);
    } catch (java.time.DateTimeException e) {
      return same(value);
    }
  }

  private static Map<String, String> same(String label) {
    Map<String, String> m = new HashMap<>();
    LANGS.forEach(l -> m.put(l, label));
    return m;
  }

  private static String releaseOf(String agreementId) {
    int hash = agreementId.lastIndexOf("#a");
    return hash < 0 ? agreementId : agreementId.substring(0, hash);
  }

  private static int numberOf(String agreementId) {
    int hash = agreementId.lastIndexOf("#a");
    try {
      return hash < 0 ? 0 : Integer.parseInt(agreementId.substring(hash + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The first paragraph whose {@code field} is {@code value}; it must exist (the value was counted). */
  public static Paragraph required(FirstParagraph first, String field, String value) {
    Paragraph p = first.find(Map.of(field, value));
    if (p == null) {
      throw new IllegalStateException("no paragraph with " + field + "=" + value);
    }
    return p;
  }

  private static Map<String, Map<String, String>> kindLabels() {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (InputStream in = FacetAssembly.class.getResourceAsStream("kind-labels.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource kind-labels.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        out.put(cols[0], Map.of("zh-Hant", cols[1], "zh-Hans", cols[2], "en", cols[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
