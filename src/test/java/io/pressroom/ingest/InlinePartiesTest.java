package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressroom.model.Agreement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parties of documents signed in running text: a party's name keeps no words about where, when
 * or how it signed (在會上, 於會上, 共同, 分別代表…, "at the meeting"), people named as witnesses are no
 * parties, and each sentence's titles take only the parties that sentence names.
 */
class InlinePartiesTest {
  private static Map<String, List<String>> partiesByTitle(String sentence) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Agreement a : InlineAgreements.find(sentence, List.of())) {
      out.put(a.title(), a.parties());
    }
    return out;
  }

  private static Map<String, List<String>> map(Object... titleThenParties) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < titleThenParties.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> parties = (List<String>) titleThenParties[i + 1];
      out.put((String) titleThenParties[i], parties);
    }
    return out;
  }

  @Test
  void traditionalLeadersAtTheMeetingThenUnnamedDepartments() {
    String text =
        "林鄭月娥與龔正於會上簽署了《滬港合作會議第五次會議合作備忘錄》。另外，兩地政府部門及機構亦簽署了兩份文件，"
            + "計有《滬港創新及科技合作備忘錄》和《香港醫院管理局與上海申康醫院發展中心合作協議書》。";
    assertEquals(
        map(
            "滬港合作會議第五次會議合作備忘錄", List.of("林鄭月娥", "龔正"),
            "滬港創新及科技合作備忘錄", List.of(),
            "香港醫院管理局與上海申康醫院發展中心合作協議書", List.of("香港醫院管理局", "上海申康醫院發展中心")),
        partiesByTitle(text));
  }

  @Test
  void simplifiedLeadersAtTheMeetingThenUnnamedDepartments() {
    String text =
        "林郑月娥与龚正在会上签署了《沪港合作会议第五次会议合作备忘录》。此外,两地政府部门、法定机构和有关组织还签署了3份合作文件,"
            + "包括《开启“十四五”双循环商机经贸合作备忘录》《沪港创新及科技合作备忘录》和《上海博物馆与香港故宫文化博物馆合作意向书》。";
    assertEquals(
        map(
            "沪港合作会议第五次会议合作备忘录", List.of("林郑月娥", "龚正"),
            "开启“十四五”双循环商机经贸合作备忘录", List.of(),
            "沪港创新及科技合作备忘录", List.of(),
            "上海博物馆与香港故宫文化博物馆合作意向书", List.of("上海博物馆", "香港故宫文化博物馆")),
        partiesByTitle(text));
  }

  @Test
  void theSecondSentenceNamesItsOwnParties() {
    String tc =
        "李家超與龔正在會議上共同簽署《滬港合作會議第六次會議合作備忘錄》。上海市商務委員會與香港投資推廣署還簽署了兩份文件，"
            + "包括《經貿合作備忘錄》《投資推廣合作協議》。";
    assertEquals(
        map(
            "滬港合作會議第六次會議合作備忘錄", List.of("李家超", "龔正"),
            "經貿合作備忘錄", List.of("上海市商務委員會", "香港投資推廣署"),
            "投資推廣合作協議", List.of("上海市商務委員會", "香港投資推廣署")),
        partiesByTitle(tc));
    String sc =
        "李家超与龚正在会议上签署《沪港合作会议第六次会议合作备忘录》。随后,上海市商务委员会与香港投资推广署签署《经贸合作备忘录》《投资推广合作协议》。";
    assertEquals(
        map(
            "沪港合作会议第六次会议合作备忘录", List.of("李家超", "龚正"),
            "经贸合作备忘录", List.of("上海市商务委员会", "香港投资推广署"),
            "投资推广合作协议", List.of("上海市商务委员会", "香港投资推广署")),
        partiesByTitle(sc));
  }

  @Test
  void aSecondSentenceThatNamesNoPartiesTakesNoneFromTheFirst() {
    String text = "李家超與殷勇在會上簽署《京港合作會議第五次會議備忘錄》。兩地還簽署了《金融服務合作協議》《食品安全合作協議》。";
    assertEquals(
        map(
            "京港合作會議第五次會議備忘錄", List.of("李家超", "殷勇"),
            "金融服務合作協議", List.of(),
            "食品安全合作協議", List.of()),
        partiesByTitle(text));
  }

  @Test
  void wordsOfPlaceTimeAndMannerAreNoPartOfAName() {
    assertEquals(List.of("林鄭月娥", "龔正"), partiesByTitle("林鄭月娥與龔正在會上簽署了《甲合作備忘錄》《乙合作協議》。").get("乙合作協議"));
    assertEquals(List.of("林鄭月娥", "龔正"), partiesByTitle("林鄭月娥與龔正30日在香港簽署《甲合作備忘錄》。").get("甲合作備忘錄"));
    assertEquals(List.of("林鄭月娥", "龔正"), partiesByTitle("林鄭月娥與龔正分別代表兩地政府簽署《甲合作備忘錄》。").get("甲合作備忘錄"));
    assertEquals(List.of("林郑月娥", "龚正"), partiesByTitle("林郑月娥与龚正今天在会上共同签署了《甲合作备忘录》。").get("甲合作备忘录"));
    assertEquals(
        List.of("上海市商務委員會", "香港貿易發展局"),
        partiesByTitle("上海市商務委員會與香港貿易發展局在會上簽署《經貿合作備忘錄》。").get("經貿合作備忘錄"));
    assertEquals(
        List.of("上海市商务委员会", "香港贸易发展局"),
        partiesByTitle("上海市商务委员会与香港贸易发展局于会上签署《经贸合作备忘录》。").get("经贸合作备忘录"));
  }

  @Test
  void witnessesAreNoParties() {
    assertEquals(List.of(), partiesByTitle("李家超與龔正見證下簽署《甲合作備忘錄》。").get("甲合作備忘錄"));
    assertEquals(
        List.of("上海市商务委员会", "香港贸易发展局"),
        partiesByTitle("在李家超与龚正见证下上海市商务委员会与香港贸易发展局签署《经贸合作备忘录》。").get("经贸合作备忘录"));
  }

  @Test
  void aListedDocumentsPartiesKeepNoCircumstance() {
    Agreement zh = AgreementParser.parse(new NumberedItem(1, "上海市商務委員會與香港貿易發展局在會上簽署《經貿合作備忘錄》;", "arabic"));
    assertEquals(List.of("上海市商務委員會", "香港貿易發展局"), zh.parties());
    Agreement by = AgreementParser.parse(new NumberedItem(2, "《經貿合作備忘錄》,由上海市商務委員會與香港貿易發展局於會上簽署;", "arabic"));
    assertEquals(List.of("上海市商務委員會", "香港貿易發展局"), by.parties());
  }

  @Test
  void englishPartiesKeepNoCircumstance() {
    Agreement signedAt =
        AgreementParser.parse(
            new NumberedItem(
                1, "Memorandum of Understanding on Trade Co-operation between the Shanghai Municipal Commission of Commerce and the Hong Kong Trade Development Council, signed at the meeting;", "bracketed"));
    assertEquals(List.of("Shanghai Municipal Commission of Commerce", "Hong Kong Trade Development Council"), signedAt.parties());
    Agreement atTheCeremony =
        AgreementParser.parse(
            new NumberedItem(
                2, "Co-operation Agreement between the Hospital Authority and Shanghai Shenkang Hospital Development Center at the signing ceremony;", "bracketed"));
    assertEquals(List.of("Hospital Authority", "Shanghai Shenkang Hospital Development Center"), atTheCeremony.parties());
    Agreement witnessed =
        AgreementParser.parse(
            new NumberedItem(
                3, "Memorandum of Co-operation between Shanghai Museum and the Hong Kong Palace Museum, witnessed by the Chief Executive and the Mayor of Shanghai;", "bracketed"));
    assertEquals(List.of("Shanghai Museum", "Hong Kong Palace Museum"), witnessed.parties());
  }
}
