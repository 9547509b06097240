package io.pressroom.ingest;

import io.pressroom.model.Kind;
import io.pressroom.model.Area;
import io.pressroom.model.Agreement;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Release;
import io.pressroom.model.Paragraph;
import io.pressroom.text.ChineseScript;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The truths of the seed article (corpus/2024-04-26-hkcd-…-conference.txt), read off the file by
 * hand, line by line: what a correct parse of it — and of its HTML and Simplified versions — yields.
 */
final class SeedArticle {
  static final Path FILE = Path.of("corpus", "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference.txt");
  static final String ID = "2024-04-26-hkcd-shanghai-hong-kong-cooperation-conference";
  static final String TITLE = "滬港合作會議第六次會議就15範疇合作達成共識 兩地簽20份合作文件";
  static final int PARAGRAPHS = 64;

  /** Area ids in taxonomy order, with how many clauses stand under each heading. */
  static final List<String> AREA_IDS =
      List.of(
          "belt-road-trade", "innovation-technology", "digital-economy", "finance", "aviation-shipping-logistics",
          "culture-creative", "education-talent", "youth-development", "legal-services", "environmental-governance",
          "urban-planning", "medical-health", "sports", "social-welfare", "hk-people-mainland");
  static final List<Integer> CLAUSES_PER_AREA = List.of(3, 3, 2, 3, 2, 3, 3, 2, 2, 3, 2, 4, 1, 1, 1);

  /** Each area heading's line in the file, then the lines of its clauses. */
  static final int[][] AREA_LINES = {
    {27, 29, 31, 33}, {35, 37, 39, 41}, {43, 45, 47}, {49, 51, 53, 55}, {57, 59, 61}, {63, 65, 67, 69},
    {71, 73, 75, 77}, {79, 81, 83}, {85, 87, 89}, {91, 93, 95, 97}, {99, 101, 103}, {105, 107, 109, 111, 113},
    {115, 117}, {119, 121}, {123, 125}
  };

  /** Lines of the body paragraphs: the four intro paragraphs, the areas intro, the documents intro. */
  static final int[] BODY_LINES = {9, 11, 17, 23, 25, 133};

  static final String DOCUMENTS_HEADING = "兩地簽署20份合作文件";

  static final List<String> CAPTIONS =
      List.of(
          "(左起)中央港澳辦三局局長鄒勁松、上海市副市長華源、上海市市長龔正、李家超、中聯辦副主任尹宗華和財政司司長陳茂波在會議前合照。政府新聞處",
          "李家超(右二)今日在滬港合作會議第六次會議作開場發言。政府新聞處",
          "李家超(右)與龔正(左)於會上簽署《滬港合作會議第六次會議合作備忘錄》。政府新聞處");

  /** The 20 signed documents, as the list in the article gives them. */
  static final List<Agreement> AGREEMENTS =
      List.of(
          new Agreement(1, "香港特別行政區律政司與華東政法大學法律交流和合作安排", "arrangement", "安排", List.of("香港特別行政區律政司", "華東政法大學")),
          new Agreement(2, "關於深化滬港金融合作的協議", "agreement", "協議", List.of()),
          new Agreement(
              3, "上海市衞生健康委員會與香港特別行政區政府醫務衞生局關於衞生合作的諒解備忘錄", "memorandum-of-understanding", "諒解備忘錄",
              List.of("上海市衞生健康委員會", "香港特別行政區政府醫務衞生局")),
          new Agreement(4, "加強滬港城市規劃建設管理合作意向書", "letter-of-intent", "意向書", List.of()),
          new Agreement(5, "加強滬港水務合作意向書", "letter-of-intent", "意向書", List.of()),
          new Agreement(6, "關於在香港2024年「中華文化節」期間舉辦「上海文化周」系列活動的合作備忘錄", "memorandum", "備忘錄", List.of()),
          new Agreement(
              7, "上海市科學技術委員會與香港特別行政區政府創新科技署關於深化滬港創新及科技合作備忘錄", "memorandum", "備忘錄",
              List.of("上海市科學技術委員會", "香港特別行政區政府創新科技署")),
          new Agreement(
              8, "香港特別行政區政府發展局與上海市文化和旅遊局(上海市文物局)關於深化考古及文物建築交流與合作意向書", "letter-of-intent", "意向書",
              List.of("香港特別行政區政府發展局", "上海市文化和旅遊局(上海市文物局)")),
          new Agreement(9, "上海廣播電視台與香港電台合作備忘錄", "memorandum", "備忘錄", List.of("上海廣播電視台", "香港電台")),
          new Agreement(
              10, "東方國際(集團)有限公司與香港特別行政區文化體育及旅遊局創意香港合作協議書", "agreement", "協議書",
              List.of("東方國際(集團)有限公司", "香港特別行政區文化體育及旅遊局創意香港")),
          new Agreement(
              11, "上海市科學技術委員會與香港貿易發展局關於共同促進滬港企業創新發展的合作備忘錄", "memorandum", "備忘錄",
              List.of("上海市科學技術委員會", "香港貿易發展局")),
          new Agreement(
              12, "上海市商務委員會和香港貿易發展局推動滬港兩地經貿高質量合作備忘錄", "memorandum", "備忘錄", List.of("上海市商務委員會", "香港貿易發展局")),
          new Agreement(
              13, "上海當代藝術博物館與香港西九文化區M+博物館戰略合作框架諒解備忘錄", "memorandum-of-understanding", "諒解備忘錄",
              List.of("上海當代藝術博物館", "香港西九文化區M+博物館")),
          new Agreement(
              14, "上海市經濟和信息化委員會 香港生產力促進局 滬港產業高質量發展合作備忘錄", "memorandum", "備忘錄",
              List.of("上海市經濟和信息化委員會", "香港生產力促進局")),
          new Agreement(
              15, "上海市黃浦區人民政府、上海臨港經濟發展(集團)有限公司與香港大學戰略合作意向書", "letter-of-intent", "意向書",
              List.of("上海市黃浦區人民政府", "上海臨港經濟發展(集團)有限公司", "香港大學")),
          new Agreement(
              16, "上海市閔行區人民政府、上海臨港經濟發展(集團)有限公司與香港大學戰略合作意向書", "letter-of-intent", "意向書",
              List.of("上海市閔行區人民政府", "上海臨港經濟發展(集團)有限公司", "香港大學")),
          new Agreement(17, "上海市黃浦區人民政府與香港大學戰略合作意向書", "letter-of-intent", "意向書", List.of("上海市黃浦區人民政府", "香港大學")),
          new Agreement(
              18, "上海市國際貿易促進委員會(上海國際商會)與香港中華總商會關於促進雙方經貿合作的意向書", "letter-of-intent", "意向書",
              List.of("上海市國際貿易促進委員會(上海國際商會)", "香港中華總商會")),
          new Agreement(
              19, "中國(上海)自由貿易試驗區臨港新片區管理委員會、上海臨港經濟發展(集團)有限公司與香港量子人工智能實驗室有限公司共同簽署之合作備忘錄",
              "memorandum", "備忘錄",
              List.of("中國(上海)自由貿易試驗區臨港新片區管理委員會", "上海臨港經濟發展(集團)有限公司", "香港量子人工智能實驗室有限公司")),
          new Agreement(20, "上海市歷史博物館與香港海事博物館館際友好合作備忘錄", "memorandum", "備忘錄", List.of("上海市歷史博物館", "香港海事博物館")));

  private SeedArticle() {}

  /** The file's lines (1-based: {@code lines().get(n - 1)} is line n), trimmed like paragraphs. */
  static List<String> lines() {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        out.add(line.replaceAll("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$", ""));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(int n) {
    return lines().get(n - 1);
  }

  static ParsedRelease parse() throws IngestException {
    return ReleaseParser.standard().parseFile(FILE);
  }

  static List<Paragraph> ofKind(ParsedRelease r, Kind kind) {
    return r.paragraphs().stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
  }

  /**
   * Checks the structure every version of the article shares: 15 areas with their clause counts, 20
   * agreements, 3 captions without area, 6 body paragraphs; {@code script} converts the expected
   * Traditional names to the version's script and punctuation.
   */
  /** The seed's release metadata, whichever format it was read from (the file name aside). */
  static void assertSeedMetadata(Release r) {
    assertEquals(ID, r.id());
    assertEquals(TITLE, r.title());
    assertEquals("香港商報", r.publisher());
    assertEquals(OffsetDateTime.parse("2024-04-26T19:58:59+08:00"), r.published());
    assertEquals("香港商報網", r.source());
    assertEquals("蔣璐", r.editor());
    assertEquals("zh-Hant", r.language());
  }

  static void assertSameStructure(ParsedRelease r, UnaryOperator<String> script) {
    assertEquals(PARAGRAPHS, r.paragraphs().size(), "paragraphs");
    List<String> expectedAreas = new ArrayList<>();
    for (int i = 0; i < AREA_IDS.size(); i++) {
      for (int k = 0; k < CLAUSES_PER_AREA.get(i); k++) {
        expectedAreas.add(AREA_IDS.get(i));
      }
    }
    assertEquals(expectedAreas, ofKind(r, Kind.CLAUSE).stream().map(p -> p.area().id()).collect(Collectors.toList()));
    List<Agreement> expected = new ArrayList<>();
    for (Agreement a : AGREEMENTS) {
      expected.add(
          new Agreement(
              a.number(), script.apply(a.title()), a.type(), script.apply(a.typeLabel()),
              a.parties().stream().map(script).collect(Collectors.toList())).inRelease(r.release().id()));
    }
    assertEquals(expected, ofKind(r, Kind.AGREEMENT).stream().map(Paragraph::agreement).collect(Collectors.toList()));
    List<Paragraph> captions = ofKind(r, Kind.CAPTION);
    assertEquals(CAPTIONS.stream().map(script).collect(Collectors.toList()), captions.stream().map(Paragraph::text).collect(Collectors.toList()));
    captions.forEach(c -> assertEquals(null, c.area(), "caption area"));
    assertEquals(6, ofKind(r, Kind.BODY).size(), "body paragraphs");
  }

  /** Traditional → the mainland version: Simplified characters, full-width punctuation, “” quotes. */
  static String mainland(String traditional) {
    String s = ChineseScript.toSimplified(traditional);
    return s.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）')
        .replace('「', '“').replace('」', '”');
  }
}
