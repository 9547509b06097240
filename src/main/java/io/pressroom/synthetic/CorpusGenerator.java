package io.pressroom.synthetic;

import io.pressroom.model.Kind;
import io.pressroom.model.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a synthetic corpus of press releases for benchmarks: releases laid out like the real ones
 * in {@code corpus/} (the Hong Kong Commercial Daily's Chinese page and the Government's English
 * press release) — headline, byline with a date between 2015 and 2025, body, photo captions after
 * {@code NN.jpg}, cooperation-area headings with their clauses, and a numbered list of signed
 * documents — whose text is recombined from the real releases: their sentences and clauses are
 * shuffled into new paragraphs, and the partner city, session number and counts are varied, so the
 * vocabulary and term statistics stay those of real releases.
 *
 * <p>The output depends only on the seed text and the {@code seed}: the same arguments write the
 * same files. Every release also carries what the parser should find in it ({@link
 * SyntheticRelease#paragraphs()}), which the tests check against the real parser.
 */
public final class CorpusGenerator {
  /** The earliest and latest publication days. */
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  /** Releases per sub-folder of the output. */
  static final int FILES_PER_FOLDER = 1000;

  private static final ZoneOffset HONG_KONG = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final String INDENT_ZH = "    ";
  private static final String INDENT_EN = "     ";

  /** Partner cities: Traditional name, one-character abbreviation, English name. */
  private static final String[][] CITIES = {
    {"上海", "滬", "Shanghai"}, {"深圳", "深", "Shenzhen"}, {"廣州", "穗", "Guangzhou"}, {"北京", "京", "Beijing"},
    {"天津", "津", "Tianjin"}, {"重慶", "渝", "Chongqing"}, {"福建", "閩", "Fujian"}, {"浙江", "浙", "Zhejiang"},
    {"江蘇", "蘇", "Jiangsu"}, {"四川", "川", "Sichuan"}, {"湖北", "鄂", "Hubei"}, {"廣西", "桂", "Guangxi"},
  };
  private static final String[] EDITORS = {"蔣璐", "陳敏", "李文", "王家明", "張靜", "劉曉", "黃志強", "周嘉欣"};
  private static final String[] ZH_NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"
  };
  private static final String[] EN_ORDINALS = {
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
    "Eighteenth", "Nineteenth", "Twentieth"
  };

  /** What the parser should find in one paragraph. */
  public record ExpectedParagraph(Kind kind, String text, String areaId, Integer agreement) {}

  /**
   * One generated release.
   *
   * @param id the release id the parser derives from the file name
   * @param path the file's path relative to the output folder
   * @param content the file's text
   * @param language {@code zh-Hant} or {@code en}
   */
  public record SyntheticRelease(
      String id, String path, String content, String title, OffsetDateTime published, String language,
      List<ExpectedParagraph> paragraphs) {}

  /** What {@link #write} wrote. */
  public record Summary(int releases, long paragraphs, long bytes, Map<Kind, Long> kinds) {}

  private final SeedText seed;
  private final long randomSeed;

  private CorpusGenerator(SeedText seed, long randomSeed) {
    this.seed = seed;
    this.randomSeed = randomSeed;
  }

  /** A generator recombining the releases in {@code corpus}, deterministic for {@code seed}. */
  public static CorpusGenerator from(Path corpus, long seed) throws IOException {
    return new CorpusGenerator(SeedText.read(corpus), seed);
  }

  /** Generates releases holding exactly {@code paragraphs} paragraphs in all, in order. */
  public void generate(long paragraphs, Consumer<SyntheticRelease> sink) {
    long remaining = paragraphs;
    for (int i = 0; remaining > 0; i++) {
      SyntheticRelease r = release(i, remaining);
      remaining -= r.paragraphs().size();
      sink.accept(r);
    }
  }

  /** Writes releases holding {@code paragraphs} paragraphs under {@code out}, 1,000 files a folder. */
  public Summary write(long paragraphs, Path out) throws IOException {
    Files.createDirectories(out);
    int[] releases = {0};
    long[] totals = {0, 0};
    Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
    IOException[] failure = {null};
    generate(paragraphs, r -> {
      if (failure[0] != null) {
        return;
      }
      try {
        Path file = out.resolve(r.path());
        Files.createDirectories(file.getParent());
        byte[] bytes = r.content().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        releases[0]++;
        totals[0] += r.paragraphs().size();
        totals[1] += bytes.length;
        r.paragraphs().forEach(p -> kinds.merge(p.kind(), 1L, Long::sum));
      } catch (IOException e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    return new Summary(releases[0], totals[0], totals[1], kinds);
  }

  /** Release number {@code index}, with at most {@code budget} paragraphs. */
  SyntheticRelease release(int index, long budget) {
    Random rnd = new Random(randomSeed * 0x9E3779B97F4A7C15L + index);
    boolean english = rnd.nextInt(3) == 0;
    String[] city = CITIES[rnd.nextInt(CITIES.length)];
    int session = rnd.nextInt(ZH_NUMERALS.length);
    LocalDate day = FIRST_DAY.plusDays(rnd.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1)));
    LocalDateTime time = day.atTime(8 + rnd.nextInt(13), rnd.nextInt(60), english ? 0 : rnd.nextInt(60));
    String id = String.format(Locale.ROOT, "synthetic-%d-%07d-%s", randomSeed, index, english ? "en" : "zh");
    String path = String.format(Locale.ROOT, "%04d/%s.txt", index / FILES_PER_FOLDER, id);

    Plan plan = Plan.random(rnd, english ? seed.en : seed.zh, english);
    if (plan.size() > budget) {
      plan = Plan.bodyOnly((int) budget);
    }
    Writer w = new Writer(rnd, english ? seed.en : seed.zh, english, city, session);
    String text = english ? w.english(plan, time) : w.chinese(plan, time);
    return new SyntheticRelease(id, path, text, w.title, time.atOffset(HONG_KONG), english ? "en" : "zh-Hant", w.expected);
  }

  /** The shape of a release: how many paragraphs of each kind, and where. */
  private record Plan(int body, List<String> areas, List<Integer> clauses, int captions, int agreements) {
    static Plan random(Random rnd, SeedText.Language l, boolean english) {
      List<String> areas = new ArrayList<>(l.areaHeadings.keySet());
      Collections.shuffle(areas, rnd);
      areas = List.copyOf(areas.subList(0, 2 + rnd.nextInt(areas.size() - 1)));
      List<Integer> clauses = new ArrayList<>();
      areas.forEach(a -> clauses.add(1 + rnd.nextInt(4)));
      return new Plan(2 + rnd.nextInt(3), areas, clauses, english ? 0 : rnd.nextInt(4), 2 + rnd.nextInt(19));
    }

    static Plan bodyOnly(int paragraphs) {
      return new Plan(paragraphs, List.of(), List.of(), 0, 0);
    }

    boolean structured() {
      return !areas.isEmpty();
    }

    /** Paragraphs in all: body, the areas' intro, clauses, captions, the documents' intro, documents. */
    int size() {
      return structured() ? body + 1 + clauses.stream().mapToInt(Integer::intValue).sum() + captions + 1 + agreements : body;
    }
  }

  /** Writes one release's text and records what it should parse into. */
  private static final class Writer {
    final Random rnd;
    final SeedText.Language l;
    final boolean english;
    final String[] city;
    final int session;
    final StringBuilder out = new StringBuilder(4096);
    final List<ExpectedParagraph> expected = new ArrayList<>();
    String title;

    Writer(Random rnd, SeedText.Language l, boolean english, String[] city, int session) {
      this.rnd = rnd;
      this.l = l;
      this.english = english;
      this.city = city;
      this.session = session;
    }

    String chinese(Plan plan, LocalDateTime time) {
      String editor = EDITORS[rnd.nextInt(EDITORS.length)];
      title = plan.structured()
          ? (rnd.nextBoolean()
              ? city[1] + "港合作會議第" + ZH_NUMERALS[session] + "次會議就" + plan.areas().size() + "範疇合作達成共識 兩地簽"
                  + plan.agreements() + "份合作文件"
              : city[0] + "與香港舉行合作會議第" + ZH_NUMERALS[session] + "次會議 簽署" + plan.agreements() + "份合作文件")
          : city[1] + "港深化" + l.areaHeadings.get(randomOf(new ArrayList<>(l.areaHeadings.keySet()))) + "交流合作";
      out.append("香港商報\n-- 天氣\n").append(title).append("\n\n").append(title).append("\n\n");
      out.append("責任編輯:").append(editor).append(' ').append(ZH_DATE.format(time)).append(" 來源:香港商報網\n\n");
      int captionsLeft = plan.captions();
      for (int i = 0; i < plan.body(); i++) {
        paragraph(Kind.BODY, sentences(l.bodySentences, 2 + rnd.nextInt(3)), null, null);
        if (i == 0 && captionsLeft > 0) {
          caption();
          captionsLeft--;
        }
      }
      if (!plan.structured()) {
        out.append("責任編輯:").append(editor).append(' ').append(title).append('\n');
        return out.toString();
      }
      paragraph(Kind.BODY, city[1] + "港雙方在會議上就以下" + plan.areas().size() + "個範疇的合作方向達成共識:", null, null);
      boolean midCaption = captionsLeft > 1;
      areas(plan, midCaption);
      captionsLeft -= midCaption ? 1 : 0;
      if (captionsLeft > 0) {
        caption();
      }
      String mou = "《" + city[1] + "港合作會議第" + ZH_NUMERALS[session] + "次會議合作備忘錄》";
      heading("兩地簽署" + plan.agreements() + "份合作文件");
      paragraph(Kind.BODY, "行政長官與" + city[0] + "市市長於會上簽署" + mou + ",兩地政府部門、法定機構和有關組織亦簽署"
          + plan.agreements() + "份合作文件:", null, null);
      List<String> titles = documentTitles(plan.agreements());
      for (int i = 0; i < titles.size(); i++) {
        String end = i == titles.size() - 1 ? "。" : ";";
        paragraph(Kind.AGREEMENT, "(" + ZH_NUMERALS[i] + ")《" + titles.get(i) + "》" + end, null, i + 1);
      }
      out.append("責任編輯:").append(editor).append(' ').append(title).append('\n');
      return out.toString();
    }

    String english(Plan plan, LocalDateTime time) {
      String ordinal = EN_ORDINALS[session];
      title = plan.structured()
          ? ordinal + " Plenary Session of " + city[2] + "-Hong Kong Co-operation Conference held in Hong Kong"
          : city[2] + " and Hong Kong deepen co-operation in " + l.areaHeadings.get(randomOf(new ArrayList<>(l.areaHeadings.keySet())));
      out.append(title).append('\n').append("*".repeat(title.length())).append("\n\n");
      for (int i = 0; i < plan.body(); i++) {
        paragraph(Kind.BODY, sentences(l.bodySentences, 2 + rnd.nextInt(3)), null, null);
      }
      if (plan.structured()) {
        paragraph(Kind.BODY, "Both sides reached consensus on the co-operation directions in the following "
            + plan.areas().size() + " areas:", null, null);
        areas(plan, false);
        paragraph(Kind.BODY, "The Chief Executive and the Mayor of " + city[2] + " signed the Memorandum of Co-operation of the "
            + ordinal + " Plenary Session of the " + city[2] + "-Hong Kong Co-operation Conference at the meeting. "
            + "Government departments, statutory bodies and relevant organisations of the two places also signed "
            + plan.agreements() + " co-operation documents as follows:", null, null);
        List<String> titles = documentTitles(plan.agreements());
        for (int i = 0; i < titles.size(); i++) {
          String end = i == titles.size() - 1 ? "." : ";";
          paragraph(Kind.AGREEMENT, "(" + (i + 1) + ") " + titles.get(i) + end, null, i + 1);
        }
      }
      out.append("Ends/").append(time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ")
          .append(time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ').append(time.getDayOfMonth())
          .append(", ").append(time.getYear()).append('\n');
      out.append(String.format(Locale.ROOT, "Issued at HKT %02d:%02d%n%nNNNN%n", time.getHour(), time.getMinute()));
      return out.toString();
    }

    /** The areas section: each area's heading and its clauses, with a caption after one clause if asked. */
    private void areas(Plan plan, boolean caption) {
      int captionAfter = caption ? rnd.nextInt(plan.areas().size()) : -1;
      for (int a = 0; a < plan.areas().size(); a++) {
        String area = plan.areas().get(a);
        heading(l.areaHeadings.get(area));
        List<String> pool = l.areaSentences.get(area);
        for (int c = 0; c < plan.clauses().get(a); c++) {
          paragraph(Kind.CLAUSE, sentences(pool, 1 + rnd.nextInt(2)), area, null);
        }
        if (a == captionAfter) {
          caption();
        }
      }
    }

    private void caption() {
      out.append(String.format(Locale.ROOT, "%02d.jpg%n%n", 1 + rnd.nextInt(99)));
      paragraph(Kind.CAPTION, vary(randomOf(l.captions)), null, null);
    }

    private void heading(String text) {
      out.append(english ? INDENT_EN : INDENT_ZH).append(text).append("\n\n");
    }

    private void paragraph(Kind kind, String text, String area, Integer agreement) {
      out.append(english ? INDENT_EN : INDENT_ZH).append(text).append("\n\n");
      expected.add(new ExpectedParagraph(kind, text, area, agreement));
    }

    /** {@code n} distinct sentences of {@code pool} (fewer if it has fewer) in random order, varied. */
    private String sentences(List<String> pool, int n) {
      List<String> picked = new ArrayList<>(n);
      List<Integer> used = new ArrayList<>(n);
      while (picked.size() < Math.min(n, pool.size())) {
        int i = rnd.nextInt(pool.size());
        if (!used.contains(i)) {
          used.add(i);
          picked.add(vary(pool.get(i)));
        }
      }
      return String.join(english ? " " : "", picked);
    }

    private List<String> documentTitles(int n) {
      List<String> titles = new ArrayList<>(l.agreementTitles);
      Collections.shuffle(titles, rnd);
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(vary(titles.get(i % titles.size())));
      }
      return out;
    }

    /** The seed text moved to this release's partner city and session. */
    private String vary(String s) {
      if (english) {
        return s.replace("Shanghai", city[2]).replace("Sixth", EN_ORDINALS[session]).replace("sixth", EN_ORDINALS[session].toLowerCase(Locale.ROOT));
      }
      return s.replace("上海", city[0]).replace("滬", city[1]).replace("第六次", "第" + ZH_NUMERALS[session] + "次");
    }

    private <T> T randomOf(List<T> xs) {
      return xs.get(rnd.nextInt(xs.size()));
    }
  }
}
