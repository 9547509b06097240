package io.pressroom.search;

import io.pressroom.text.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bilingual glossary: English terms and their Chinese equivalents (Traditional and
 * Simplified), so an English query also finds Chinese clauses and a Chinese query English ones.
 *
 * <p>Data, not code: the shipped {@code glossary.tsv} plus, optionally, a user's file of the same
 * format (read on start, its entries added to the shipped ones). English terms are matched word by
 * word, case-insensitively, with simple plural folding; Chinese terms whole, in either script.
 */
public final class Glossary {
  /** One concept in both languages. */
  public record Entry(List<String> english, List<String> traditional, List<String> simplified) {
    public Entry {
      english = List.copyOf(english);
      traditional = List.copyOf(traditional);
      simplified = List.copyOf(simplified);
    }

    /** The Chinese forms, Traditional then Simplified, without repeats. */
    public List<String> chinese() {
      Set<String> all = new LinkedHashSet<>(traditional);
      all.addAll(simplified);
      return List.copyOf(all);
    }
  }

  /** An English term found in a word list: words [start, end) name {@code entry}. */
  public record Match(int start, int end, Entry entry) {}

  /** A Chinese term found in a text: characters [start, end) name {@code entry}. */
  public record TextMatch(int start, int end, Entry entry) {}

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byEnglishKey;
  private final Map<String, List<Entry>> byChineseKey;
  private final int longestEnglish;
  private final int longestChinese;

  private Glossary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> en = new HashMap<>();
    Map<String, List<Entry>> zh = new HashMap<>();
    int longest = 1;
    int longestZh = 1;
    for (Entry e : entries) {
      for (String term : e.english()) {
        List<String> words = englishWords(term);
        longest = Math.max(longest, words.size());
        en.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(e);
      }
      for (String term : e.chinese()) {
        String key = chineseKey(term);
        longestZh = Math.max(longestZh, key.length());
        zh.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    this.byEnglishKey = Map.copyOf(en);
    this.byChineseKey = Map.copyOf(zh);
    this.longestEnglish = longest;
    this.longestChinese = longestZh;
  }

  private static final class Holder {
    static final Glossary STANDARD = fromResource();
  }

  /** The shipped glossary. */
  public static Glossary standard() {
    return Holder.STANDARD;
  }

  /** The shipped glossary plus the entries of {@code userFile}, if it exists. */
  public static Glossary standardWith(Path userFile) throws IOException {
    if (userFile == null || !Files.isRegularFile(userFile)) {
      return standard();
    }
    List<Entry> all = new ArrayList<>(standard().entries);
    try (BufferedReader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      all.addAll(parse(r, userFile.toString()));
    }
    return new Glossary(all);
  }

  /** The shipped glossary plus the entries read from {@code userEntries} (UTF-8 TSV); {@code source} names it in errors. */
  public static Glossary standardWith(InputStream userEntries, String source) throws IOException {
    List<Entry> all = new ArrayList<>(standard().entries);
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(userEntries, StandardCharsets.UTF_8))) {
      all.addAll(parse(r, source));
    }
    return new Glossary(all);
  }

  private static Glossary fromResource() {
    try (InputStream in = Glossary.class.getResourceAsStream("glossary.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource glossary.tsv");
      }
      return new Glossary(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "glossary.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code English<TAB>Traditional<TAB>Simplified} lines; alternatives split by |. */
  static List<Entry> parse(BufferedReader r, String source) throws IOException {
    List<Entry> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            source + " line " + n + ": expected English<TAB>Traditional<TAB>Simplified, got " + cols.length + " columns");
      }
      out.add(new Entry(alternatives(cols[0]), alternatives(cols[1]), alternatives(cols[2])));
    }
    return out;
  }

  private static List<String> alternatives(String col) {
    return Arrays.stream(col.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /**
   * English glossary terms in {@code words} (one query word each), longest first, left to right,
   * not overlapping.
   */
  public List<Match> findEnglish(List<String> words) {
    List<String> keys = words.stream().map(Glossary::englishWord).toList();
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < keys.size()) {
      Match found = null;
      for (int len = Math.min(longestEnglish, keys.size() - i); len >= 1 && found == null; len--) {
        List<Entry> hits = byEnglishKey.get(String.join(" ", keys.subList(i, i + len)));
        if (hits != null) {
          found = new Match(i, i + len, hits.get(0));
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The entry whose Chinese term is exactly {@code term} (either script), if any. */
  public Optional<Entry> findChinese(String term) {
    List<Entry> hits = byChineseKey.get(chineseKey(term));
    return hits == null ? Optional.empty() : Optional.of(hits.get(0));
  }

  /**
   * The Chinese glossary terms of at least two characters that stand in {@code text} (either
   * script), longest first, left to right, not overlapping: 綠色金融產品 holds 綠色金融.
   */
  public List<TextMatch> findChineseWithin(String text) {
    String folded = ChineseScript.toSimplified(text);
    List<TextMatch> out = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      TextMatch found = null;
      for (int len = Math.min(longestChinese, folded.length() - i); len >= 2 && found == null; len--) {
        List<Entry> hits = byChineseKey.get(folded.substring(i, i + len));
        if (hits != null) {
          found = new TextMatch(i, i + len, hits.get(0));
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static String chineseKey(String term) {
    return ChineseScript.toSimplified(term.strip()).replaceAll("\\s+", "");
  }

  private static List<String> englishWords(String term) {
    return Arrays.stream(term.split("[\\s\\-]+")).filter(w -> !w.isEmpty()).map(Glossary::englishWord).toList();
  }

  /**
   * Lower case, outer punctuation dropped, a plural -s folded ({@code markets} = {@code market}),
   * hyphens read as spaces ({@code inter-museum} = {@code inter museum}).
   */
  static String englishWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('-', ' ').strip().replaceAll("^[^\\p{L}\\p{N}+]+|[^\\p{L}\\p{N}+]+$", "").replace("’", "'");
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
