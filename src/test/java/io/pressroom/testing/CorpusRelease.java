package io.pressroom.testing;

import io.pressroom.model.Paragraph;
import io.pressroom.model.ParsedRelease;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A shipped release, parsed, whose paragraphs tests name by their text: {@link
 * #paragraphContaining(String) paragraphContaining("綠色金融產品研發")} is the id of the one
 * paragraph whose text contains that snippet, and fails loudly when none or several do.
 */
public final class CorpusRelease {
  private final Path file;
  private final ParsedRelease parsed;

  CorpusRelease(Path file, ParsedRelease parsed) {
    this.file = file;
    this.parsed = parsed;
  }

  /** The release id. */
  public String id() {
    return parsed.release().id();
  }

  /** The file it was parsed from. */
  public Path file() {
    return file;
  }

  /** The release as the parser gives it. */
  public ParsedRelease parsed() {
    return parsed;
  }

  /** Its paragraphs in order. */
  public List<Paragraph> paragraphs() {
    return parsed.paragraphs();
  }

  /** The ids of all its paragraphs, in order. */
  public List<String> ids() {
    return paragraphs().stream().map(Paragraph::id).toList();
  }

  /**
   * The one paragraph whose text contains {@code snippet} (exactly as written, script and
   * punctuation included). Fails when no paragraph or more than one does: name it by a longer one.
   */
  public Paragraph paragraph(String snippet) {
    List<Paragraph> matches = paragraphs().stream().filter(p -> p.text().contains(snippet)).toList();
    if (matches.size() != 1) {
      throw new AssertionError(matches.isEmpty()
          ? "no paragraph of " + id() + " contains 「" + snippet + "」"
          : matches.size() + " paragraphs of " + id() + " contain 「" + snippet + "」, name one by a longer snippet: "
              + matches.stream().map(CorpusRelease::describe).collect(Collectors.joining("; ")));
    }
    return matches.get(0);
  }

  /** The id of the one paragraph whose text contains {@code snippet}; see {@link #paragraph}. */
  public String paragraphContaining(String snippet) {
    return paragraph(snippet).id();
  }

  /**
   * The ids of the paragraphs named by {@code snippets}, one paragraph each (see {@link
   * #paragraph}); fails when two snippets name the same paragraph, so a set never shrinks silently.
   */
  public Set<String> paragraphsContaining(String... snippets) {
    return new TreeSet<>(paragraphsInOrder(snippets));
  }

  /** As {@link #paragraphsContaining}, as a list in the order of {@code snippets}. */
  public List<String> paragraphsInOrder(String... snippets) {
    List<String> ids = new ArrayList<>();
    for (String snippet : snippets) {
      String id = paragraphContaining(snippet);
      if (ids.contains(id)) {
        throw new AssertionError("「" + snippet + "」 names " + describe(paragraph(snippet))
            + ", which an earlier snippet named already");
      }
      ids.add(id);
    }
    return ids;
  }

  private static String describe(Paragraph p) {
    String text = p.text().length() > 40 ? p.text().substring(0, 40) + "…" : p.text();
    return p.id() + " 「" + text + "」";
  }

  @Override
  public String toString() {
    return id() + " (" + paragraphs().size() + " paragraphs)";
  }
}
