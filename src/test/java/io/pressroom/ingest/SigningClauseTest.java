package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.model.Agreement;
import io.pressroom.model.Kind;
import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause under an area heading that plans or encourages signing (「推動兩地部門簽署合作備忘錄」,
 * "promote … departments to sign", "will explore signing") stays a clause, however far down its
 * section it stands; only a paragraph announcing documents signed at the meeting ends the list of
 * areas. A 《title》 the signing implements or falls under (「為落實《…》」, 「在《…》框架下」) is
 * background, not a signed document.
 */
class SigningClauseTest {
  @Test
  void englishClausesThatPlanSigningStayInTheirArea() throws IngestException {
    String text = """
        Hong Kong and Fujian hold Fifth Plenary Session

        June 3, 2031

        The Hong Kong/Fujian Co-operation Conference held its Fifth Plenary Session in Hong Kong today. The two governments agreed to pursue co-operation in the following three areas:

        Trade and investment

        Encourage firms of the two places to explore markets along the Belt and Road together.

        Promote the commerce departments of the two sides to sign memoranda of co-operation on trade and investment promotion.

        Finance

        Support Fujian companies in listing and raising funds in Hong Kong.

        The two sides will explore signing an arrangement on cross-boundary insurance.

        Youth development

        Expand the summer internship programme for Hong Kong students in Fujian.

        The two governments also signed three co-operation documents at the session, on trade, finance and youth exchanges.

        The next session will take place in Fujian.
        """;
    ParsedRelease r = Fixtures.parseText(text, "signing-clause-en.txt");
    Fixtures.assertKindAndArea(r, "Encourage firms", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "Promote the commerce departments", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "Support Fujian companies", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "The two sides will explore signing", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "Expand the summer internship", Kind.CLAUSE, "youth-development");
    Fixtures.assertKindAndArea(r, "The two governments also signed", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "The next session", Kind.BODY, null);
  }

  @Test
  void traditionalClausesThatPlanSigningStayInTheirArea() throws IngestException {
    String text = """
        閩港合作會議第五次會議在港舉行

        2031年6月3日

        閩港合作會議第五次會議今日在香港舉行。兩地政府同意在以下三個範疇加強合作：

        經貿投資

        鼓勵兩地企業攜手開拓「一帶一路」沿線市場。

        推動閩港兩地商務部門簽署經貿合作備忘錄，並聯合舉辦投資推介活動。

        金融

        支持福建企業赴港上市融資。

        雙方將探討簽訂跨境保險服務合作安排。

        青年發展

        擴大香港學生赴閩暑期實習計劃。

        兩地有關部門在會上簽署了《閩港經貿合作備忘錄》和《閩港青年交流合作協議》。

        下次會議將於福建舉行。
        """;
    ParsedRelease r = Fixtures.parseText(text, "signing-clause-tc.txt");
    Fixtures.assertKindAndArea(r, "鼓勵兩地企業", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "推動閩港兩地商務部門", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "支持福建企業", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "雙方將探討簽訂", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "擴大香港學生", Kind.CLAUSE, "youth-development");
    Fixtures.assertKindAndArea(r, "兩地有關部門在會上簽署了", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "下次會議", Kind.BODY, null);
  }

  @Test
  void simplifiedClausesThatPlanSigningStayInTheirArea() throws IngestException {
    String text = """
        闽港合作会议第五次会议在港举行

        2031年6月3日

        闽港合作会议第五次会议今日在香港举行。两地政府同意在以下三个范畴加强合作：

        经贸投资

        鼓励两地企业携手开拓“一带一路”沿线市场。

        支持两地企业签订合作协议，共同参与境外投资项目。

        金融

        支持福建企业赴港上市融资。

        两地金融监管部门将适时签署合作备忘录。

        青年发展

        扩大香港学生赴闽暑期实习计划。

        会上，双方签署了以下合作文件：

        《闽港经贸合作备忘录》

        下次会议将于福建举行。
        """;
    ParsedRelease r = Fixtures.parseText(text, "signing-clause-sc.txt");
    Fixtures.assertKindAndArea(r, "鼓励两地企业", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "支持两地企业签订", Kind.CLAUSE, "belt-road-trade");
    Fixtures.assertKindAndArea(r, "支持福建企业", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "两地金融监管部门", Kind.CLAUSE, "finance");
    Fixtures.assertKindAndArea(r, "扩大香港学生", Kind.CLAUSE, "youth-development");
    Fixtures.assertKindAndArea(r, "会上，双方签署了以下", Kind.BODY, null);
  }

  @Test
  void announcementsOfSignedDocumentsAreTold() {
    for (String intro : List.of(
        "會上，雙方簽署了以下協議：",
        "会上，双方签署了以下合作文件：",
        "雙方就有關事項簽署了4份合作協議。",
        "在兩地領導見證下，雙方簽署7項協議及意向書。",
        "兩地有關部門在會上簽署《閩港經貿合作備忘錄》。",
        "The following documents were signed at the meeting:",
        "The two sides signed the following agreements:",
        "The two governments also signed three co-operation documents at the session.",
        "The two leaders witnessed the signing of 15 co-operation agreements.")) {
      assertTrue(SigningWords.announcesDocuments(intro), intro);
    }
    for (String clause : List.of(
        "推動閩港兩地商務部門簽署經貿合作備忘錄，並聯合舉辦投資推介活動。",
        "支持两地企业签订合作协议，共同参与境外投资项目。",
        "雙方將探討簽訂跨境保險服務合作安排。",
        "两地金融监管部门将适时签署合作备忘录。",
        "深港双方将在会议讨论加强合作，并签订《合作协议》。",
        "雙方將落實已簽署的《合作備忘錄》。",
        "Promote Fujian and Hong Kong economic departments to sign memoranda of co-operation.",
        "Invest Hong Kong and the Fujian commerce department will sign a memorandum of co-operation.",
        "Both sides will explore signing an arrangement on cross-boundary insurance.",
        "Encourage more enterprises to sign co-operation agreements.",
        "Both sides will implement the arrangement signed in 2003.")) {
      assertFalse(SigningWords.announcesDocuments(clause), clause);
    }
  }

  @Test
  void aTitleTheSigningImplementsIsBackground() {
    assertEquals(List.of(), titles("為落實《粵港合作框架協議》，雙方簽署了4份合作協議。"));
    assertEquals(List.of(), titles("雙方就有關《粵港合作框架協議》的落實安排簽署了4份合作協議。"));
    assertEquals(List.of("粤港海上搜救合作安排"), titles("根据《粤港合作框架协议》，两地海事部门签署了《粤港海上搜救合作安排》。"));
    assertEquals(List.of("粵港海上搜救合作安排"), titles("在《粵港合作框架協議》框架下，兩地還簽署了《粵港海上搜救合作安排》。"));
    assertEquals(List.of("粵港合作框架協議"), titles("雙方在會上簽署了《粵港合作框架協議》。"));
  }

  @Test
  void anIntroRunningOnIntoItemOneIsThatItem() throws IngestException {
    String text = """
        澳門與珠海簽署三份合作文件

        2031年6月3日

        澳珠合作會議今日在澳門舉行，會後兩地部門代表簽署三份合作文件。

        兩地相關部門代表先後簽署：一、《澳珠青年創業合作框架協議》，支持兩地青年創業交流。

        二、《澳門特別行政區政府文化局、珠海市文化廣電旅遊體育局文化合作備忘錄》，建立定期交流機制。

        下次會議將於珠海舉行。
        """;
    ParsedRelease r = Fixtures.parseText(text, "intro-item-tc.txt");
    Paragraph first = Fixtures.paragraph(r, "兩地相關部門代表先後簽署");
    assertEquals(Kind.AGREEMENT, first.kind());
    assertEquals(1, first.agreement().number());
    assertEquals("澳珠青年創業合作框架協議", first.agreement().title());
    Paragraph second = Fixtures.paragraph(r, "二、");
    assertEquals(2, second.agreement().number());
    assertEquals(List.of("澳門特別行政區政府文化局", "珠海市文化廣電旅遊體育局"), second.agreement().parties());
    Fixtures.assertKindAndArea(r, "澳珠合作會議今日", Kind.BODY, null);
    Fixtures.assertKindAndArea(r, "下次會議", Kind.BODY, null);
  }

  @Test
  void anIntroThatPlansSigningDoesNotMakeAnItem() throws IngestException {
    String text = """
        澳珠合作會議舉行

        2031年6月3日

        澳珠合作會議今日在澳門舉行。

        兩地將爭取年內簽署：一、《澳珠青年創業合作框架協議》，支持兩地青年創業交流。
        """;
    ParsedRelease r = Fixtures.parseText(text, "intro-plan-tc.txt");
    assertEquals(Kind.BODY, Fixtures.paragraph(r, "兩地將爭取").kind());
  }

  private static List<String> titles(String sentence) {
    return InlineAgreements.find(sentence, List.of()).stream().map(Agreement::title).toList();
  }


}
