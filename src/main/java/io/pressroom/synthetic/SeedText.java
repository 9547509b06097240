package io.pressroom.synthetic;

import io.pressroom.model.Area;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import io.pressroom.ingest.IngestException;
import io.pressroom.ingest.ReleaseParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The raw material of the synthetic corpus: the sentences, clauses, captions, area headings and
 * signed-document titles of the real releases in {@code corpus/}, read with the real parser and
 * grouped by language ({@code zh} for Chinese, {@code en} for English).
 */
final class SeedText {
  private static final Pattern ZH_SENTENCE_END = Pattern.compile("(?<=[。！？])");
  private static final Pattern EN_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  /** One language's material. */
  static final class Language {
    final List<String> bodySentences = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<String> agreementTitles = new ArrayList<>();
    /** Area id to its heading as written and the sentences of its clauses. */
    final Map<String, String> areaHeadings = new LinkedHashMap<>();
    final Map<String, List<String>> areaSentences = new LinkedHashMap<>();

    boolean usable() {
      return !bodySentences.isEmpty() && areaHeadings.size() >= 2 && !agreementTitles.isEmpty();
    }
  }

  final Language zh = new Language();
  final Language en = new Language();

  /** Reads every release file in {@code corpus} (Chinese and English; others are ignored). */
  static SeedText read(Path corpus) throws IOException {
    SeedText s = new SeedText();
    ReleaseParser parser = ReleaseParser.standard();
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      ParsedRelease r;
      try {
        r = parser.parseFile(f);
      } catch (IngestException e) {
        throw new IOException("seed release " + f + " does not parse: " + e.getMessage(), e);
      }
      boolean english = "en".equals(r.release().language());
      s.add(english ? s.en : s.zh, r, english);
    }
    if (!s.zh.usable() || !s.en.usable()) {
      throw new IOException(corpus + " needs a Chinese and an English release with areas and signed documents");
    }
    return s;
  }

  private void add(Language l, ParsedRelease r, boolean english) {
    for (Paragraph p : r.paragraphs()) {
      switch (p.kind()) {
        case BODY -> l.bodySentences.addAll(sentences(p.text(), english, true));
        case CAPTION -> l.captions.add(p.text());
        case AGREEMENT -> l.agreementTitles.add(p.agreement().title());
        case CLAUSE -> {
          l.areaHeadings.putIfAbsent(p.area().id(), p.section());
          List<String> ss = sentences(p.text(), english, false);
          l.areaSentences.computeIfAbsent(p.area().id(), k -> new ArrayList<>()).addAll(ss);
          l.bodySentences.addAll(ss);
        }
      }
    }
  }

  /** The complete sentences of a paragraph; a body sentence that ends in ':' (a list intro) is left out. */
  private static List<String> sentences(String text, boolean english, boolean body) {
    List<String> out = new ArrayList<>();
    for (String s : (english ? EN_SENTENCE_END : ZH_SENTENCE_END).split(text)) {
      String t = s.strip();
      if (t.isEmpty() || (body && (t.endsWith(":") || t.endsWith("："))) || !endsSentence(t)) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '。' || c == '！' || c == '？' || c == '.' || c == '!' || c == '?';
  }
}
