package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of signed documents in every numbering style are agreements, numbered as printed, and never
 * turn into areas; numbered headings after an intro are areas.
 */
class ListNumberingTest {
  @Test
  void everyNumberingStyleIsRead() {
    assertEquals(new NumberedItem(3, "《甲》", "bracketed"), NumberedItem.parse("（三）《甲》").get());
    assertEquals(new NumberedItem(12, "Memorandum", "bracketed"), NumberedItem.parse("(12) Memorandum").get());
    assertEquals(new NumberedItem(2, "《乙》", "arabic"), NumberedItem.parse("2. 《乙》").get());
    assertEquals(new NumberedItem(10, "香港簽署", "arabic"), NumberedItem.parse("10、香港簽署").get());
    assertEquals(new NumberedItem(4, "金融", "ideographic"), NumberedItem.parse("四、金融").get());
    assertEquals(new NumberedItem(2, "《丙》", "circled"), NumberedItem.parse("②《丙》").get());
    assertEquals(new NumberedItem(0, "重慶市人民政府", NumberedItem.BULLET), NumberedItem.parse("●重慶市人民政府").get());
    assertTrue(NumberedItem.parse("2023年5月11日").isEmpty());
    assertTrue(NumberedItem.parse("3.5 per cent").isEmpty());
  }

  @Test
  void documentsNumberedWithADotOrCommaStayAgreements() throws IngestException {
    String text =
        "兩地簽署合作文件\n\n"
            + "　　雙方就以下範疇達成共識:\n\n金融\n\n　　支持兩地金融機構互設分支。\n\n"
            + "　　會後,兩地部門簽署以下三份文件:\n\n"
            + "1、香港貿易發展局與上海市商務委員會簽署《關於加強經貿合作的備忘錄》;\n"
            + "2、香港科技園公司與上海市科學技術委員會簽署《科技園區合作協議》;\n"
            + "3、香港特區政府教育局與上海市教育委員會簽署《姊妹學校交流合作備忘錄》。\n\n"
            + "　　兩地亦會加強青年交流。\n";
    ParsedRelease r = Fixtures.parseText(text, "dotted.txt");
    List<Paragraph> agreements = SeedArticle.ofKind(r, Kind.AGREEMENT);
    assertEquals(List.of(1, 2, 3), agreements.stream().map(p -> p.agreement().number()).toList());
    assertEquals(List.of("關於加強經貿合作的備忘錄", "科技園區合作協議", "姊妹學校交流合作備忘錄"), agreements.stream().map(p -> p.agreement().title()).toList());
    assertEquals(List.of("香港貿易發展局", "上海市商務委員會"), agreements.get(0).agreement().parties());
    assertEquals(List.of("finance"), SeedArticle.ofKind(r, Kind.CLAUSE).stream().map(p -> p.area().id()).toList(), "item 2 is no area");
    assertEquals(Kind.BODY, r.paragraphs().get(r.paragraphs().size() - 1).kind());
  }

  @Test
  void namedDocumentsAreNumberedAfterTheListAndGetIdsOfTheirOwn() throws IngestException {
    String text =
        "兩地簽署合作文件\n\n"
            + "　　會上,香港貿易發展局與上海市商務委員會簽署《經貿合作備忘錄》,香港科技園公司與上海市科學技術委員會簽署《科技園區合作協議》。\n\n"
            + "　　兩地部門亦簽署以下文件:\n\n"
            + "(一)《香港特別行政區律政司與華東政法大學法律交流和合作安排》;\n\n"
            + "(二)《關於深化滬港金融合作的協議》。\n";
    ParsedRelease r = Fixtures.parseText(text, "named.txt");
    Paragraph sentence = r.paragraphs().get(0);
    assertEquals(Kind.BODY, sentence.kind());
    assertEquals(List.of(3, 4), sentence.namedAgreements().stream().map(a -> a.number()).toList());
    assertEquals(List.of("named#a3", "named#a4"), sentence.namedAgreements().stream().map(a -> a.id()).toList());
    assertEquals(List.of("香港科技園公司", "上海市科學技術委員會"), sentence.namedAgreements().get(1).parties());
    assertEquals(List.of("named#a1", "named#a2"), SeedArticle.ofKind(r, Kind.AGREEMENT).stream().map(p -> p.agreement().id()).toList());
  }
}
