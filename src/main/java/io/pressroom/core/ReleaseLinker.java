package io.pressroom.core;

import io.pressroom.model.Counterpart;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Links the clauses and agreements of a release, once it is in the index, to their counterparts
 * in the other language's version of the same release.
 *
 * <p>The other version is a release published within a day, in the other language (Chinese vs
 * English), sharing the most cooperation areas. Clause k of an area is linked to clause k of the
 * same area, agreement n to agreement n. A link is marked uncertain when the two versions disagree
 * on that area's clause count, on the number of agreements, or on an agreement's document type.
 */
public final class ReleaseLinker {
  private ReleaseLinker() {}

  /** {@code r} with every counterpart link removed (its other version is gone). */
  public static ParsedRelease unlinked(ParsedRelease r) {
    List<Paragraph> ps = r.paragraphs().stream().map(p -> p.withCounterpart(null)).toList();
    return r.withParagraphs(ps);
  }

  /**
   * The clauses of releases published between two instants (epoch seconds, inclusive), in English
   * or in Chinese; at most {@code limit}. Each backend answers it with its own query.
   */
  @FunctionalInterface
  public interface ClauseSource {
    List<Paragraph> clauses(long fromEpochSecond, long toEpochSecond, boolean english, int limit) throws IOException;
  }

  /** What linking needs of an index: clauses of a day, releases by id, and rewriting a paragraph. */
  public interface LinkStore extends ClauseSource {
    /** The indexed version of a release, if any. */
    Optional<ParsedRelease> release(String id) throws IOException;

    /** Replaces the indexed paragraph with the same id (visible after the caller's next commit). */
    void rewrite(Paragraph p) throws IOException;

    /** The ids of the releases with a paragraph linked into release {@code releaseId}. */
    java.util.Set<String> releasesLinkedTo(String releaseId) throws IOException;
  }

  /**
   * Removes the links that point into release {@code releaseId} (deleted), rewriting only the
   * paragraphs that had one. Returns whether anything was rewritten (then the caller commits).
   */
  public static boolean unlinkFrom(LinkStore store, String releaseId) throws IOException {
    boolean changed = false;
    for (String id : store.releasesLinkedTo(releaseId)) {
      Optional<ParsedRelease> r = store.release(id);
      if (r.isPresent()) {
        changed |= rewriteChanged(store, r.get(), unlinked(r.get()));
      }
    }
    return changed;
  }

  /**
   * Links each of {@code releases} (already written and committed as {@code enriched} made them)
   * with its other-language version, and rewrites only the paragraphs whose links changed, on both
   * sides. Returns whether anything was rewritten (then the caller commits).
   */
  public static boolean linkAll(LinkStore store, Collection<ParsedRelease> releases,
      java.util.function.UnaryOperator<ParsedRelease> enriched)
      throws IOException {
    boolean changed = false;
    // Versions written during this pass: newer than what the store shows.
    Map<String, ParsedRelease> written = new HashMap<>();
    for (ParsedRelease r : releases) {
      Function<String, Optional<ParsedRelease>> loader = id -> {
        if (written.containsKey(id)) {
          return Optional.of(written.get(id));
        }
        try {
          return store.release(id);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      Optional<ParsedRelease> other = counterpart(store, r.release(), r.paragraphs(), loader);
      if (other.isEmpty()) {
        continue;
      }
      ParsedRelease indexed = written.containsKey(r.release().id()) ? written.get(r.release().id()) : enriched.apply(r);
      ParsedRelease linked = linkTo(indexed, other.get());
      ParsedRelease back = linkTo(other.get(), linked);
      changed |= rewriteChanged(store, indexed, linked);
      changed |= rewriteChanged(store, other.get(), back);
      written.put(linked.release().id(), linked);
      written.put(back.release().id(), back);
    }
    return changed;
  }

  /** Rewrites each paragraph of {@code updated} that differs from {@code indexed}, its version in the index. */
  private static boolean rewriteChanged(LinkStore store, ParsedRelease indexed, ParsedRelease updated) throws IOException {
    Map<String, Paragraph> before = new HashMap<>();
    indexed.paragraphs().forEach(p -> before.put(p.id(), p));
    boolean changed = false;
    for (Paragraph p : updated.paragraphs()) {
      if (!p.equals(before.get(p.id()))) {
        store.rewrite(p);
        changed = true;
      }
    }
    return changed;
  }

  /** The other language's version of {@code r} among the clauses of {@code source} ({@code loader} reads a release). */
  public static Optional<ParsedRelease> counterpart(
      ClauseSource source, Release r, List<Paragraph> paragraphs, Function<String, Optional<ParsedRelease>> loader)
      throws IOException {
    if (r.published() == null || !hasStructure(paragraphs)) {
      return Optional.empty();
    }
    boolean english = "en".equals(r.language());
    long t = r.published().toEpochSecond();
    long day = Duration.ofDays(1).toSeconds();
    // The other language's clauses of that day say which releases share the most areas, without
    // loading any release; only the best is loaded.
    Set<String> areas = areaIds(paragraphs);
    Map<String, Set<String>> sharedByRelease = new LinkedHashMap<>();
    for (Paragraph clause : source.clauses(t - day, t + day, !english, 2000)) {
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
  public static ParsedRelease linkTo(ParsedRelease r, ParsedRelease other) {
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
    return r.withParagraphs(out);
  }

  private static Map<String, List<Paragraph>> clausesByArea(List<Paragraph> ps) {
    Map<String, List<Paragraph>> m = new LinkedHashMap<>();
    ps.stream().filter(p -> p.kind() == Kind.CLAUSE && p.area() != null)
        .forEach(p -> m.computeIfAbsent(p.area().id(), k -> new ArrayList<>()).add(p));
    return m;
  }
}
