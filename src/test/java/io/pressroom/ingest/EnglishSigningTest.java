package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressroom.model.Agreement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents English running text signs, by title: titles delimited by their capitals or quotes,
 * parties only where the sentence names the signers, nothing for mentions, counts or earlier
 * signings; list entries without their "signed at …" tails.
 */
class EnglishSigningTest {
  private static Map<String, List<String>> partiesByTitle(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Agreement a : InlineAgreements.find(text, List.of())) {
      out.put(a.title(), a.parties());
    }
    return out;
  }

  @Test
  void theTwoSidesSignTwoTitlesJoinedByAnd() {
    assertEquals(
        Map.of(
            "Memorandum of Understanding on Closer Trade Links", List.of(),
            "Agreement on Youth Internship Exchanges", List.of()),
        partiesByTitle("After the meeting, the two sides signed the Memorandum of Understanding on Closer Trade Links and "
            + "the Agreement on Youth Internship Exchanges."));
  }

  @Test
  void leadersWhoSignAreParties() {
    assertEquals(
        Map.of("Memorandum of the Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", List.of("Mr Lee", "Mr Gong")),
        partiesByTitle("Following the plenary, Mr Lee and Mr Gong signed the Memorandum of the Sixth Plenary Session of the "
            + "Hong Kong/Shanghai Co-operation Conference, witnessed by Mr Xia."));
  }

  @Test
  void organisationsThatSignAreParties() {
    assertEquals(
        Map.of("Co-operation Agreement on Trade Promotion", List.of("Hong Kong Trade Development Council", "Shanghai Municipal Commission of Commerce")),
        partiesByTitle("The Hong Kong Trade Development Council and the Shanghai Municipal Commission of Commerce also signed "
            + "the Co-operation Agreement on Trade Promotion."));
  }

  @Test
  void witnessesAreNoParties() {
    assertEquals(
        Map.of("Co-operation Agreement on Cultural Exchanges", List.of()),
        partiesByTitle("Mrs Lam and Mr Ma witnessed the signing of the Co-operation Agreement on Cultural Exchanges."));
  }

  @Test
  void aTitleThatNamesItsPartiesKeepsThem() {
    assertEquals(
        Map.of("Letter of Intent on Heritage Training between the Leisure and Cultural Services Department and the Palace Museum",
            List.of("Leisure and Cultural Services Department", "Palace Museum")),
        partiesByTitle("Mr Lee witnessed the signing of the Letter of Intent on Heritage Training between the Leisure and "
            + "Cultural Services Department and the Palace Museum."));
  }

  @Test
  void passiveSigningAndTitleCaseFrameworkAgreement() {
    assertEquals(
        Map.of("Framework Agreement on Vocational Training Co-operation", List.of("Vocational Training Council", "Department of Education of Sichuan Province")),
        partiesByTitle("The Framework Agreement on Vocational Training Co-operation was signed by the Vocational Training "
            + "Council and the Department of Education of Sichuan Province at the meeting."));
  }

  @Test
  void signersNamedAfterACommaAndSignedBy() {
    assertEquals(
        Map.of("Memorandum on Closer Co-operation between Hong Kong and Shenzhen", List.of("Mr Stephen Lam", "Mr Xu Zongheng")),
        partiesByTitle("The Memorandum on Closer Co-operation between Hong Kong and Shenzhen, signed by Mr Stephen Lam and "
            + "Mr Xu Zongheng, sets out how the two sides will work together."));
  }

  @Test
  void aQuotedTitleIsDelimitedByItsQuotes() {
    assertEquals(
        Map.of("Action Plan for deepening co-operation in the Qianhai zone", List.of()),
        partiesByTitle("The two governments signed the “Action Plan for deepening co-operation in the Qianhai zone” today."));
  }

  @Test
  void mentionsCountsAndEarlierSigningsGiveNone() {
    assertEquals(Map.of(), partiesByTitle("Twelve co-operation agreements were signed at the meeting, covering trade and culture."));
    assertEquals(Map.of(), partiesByTitle("The two sides signed 12 agreements."));
    assertEquals(Map.of(), partiesByTitle("The two sides signed a framework agreement on youth exchanges."));
    assertEquals(Map.of(), partiesByTitle("Both sides will implement measures under the Framework Agreement on Hong Kong/Guangdong "
        + "Co-operation, and signed four co-operation agreements."));
    assertEquals(Map.of(), partiesByTitle("Enterprises signed contracts under the CEPA agreement."));
    assertEquals(Map.of(), partiesByTitle("The Framework Agreement on Hong Kong/Guangdong Co-operation was signed in 2010."));
    assertEquals(Map.of(), partiesByTitle("To implement the Framework Agreement, the two sides signed the following documents:"));
    assertEquals(Map.of(), partiesByTitle("Mr Tsang said the meeting was a sign of the Agreement's success."));
  }

  @Test
  void aListEntryKeepsNoSigningTailInItsTitle() {
    Agreement signedAt = AgreementParser.parse(new NumberedItem(1,
        "Memorandum of Understanding on Trade Co-operation between the Shanghai Municipal Commission of Commerce and the "
            + "Hong Kong Trade Development Council, signed at the meeting;", "bracketed"));
    assertEquals("Memorandum of Understanding on Trade Co-operation between the Shanghai Municipal Commission of Commerce and "
        + "the Hong Kong Trade Development Council", signedAt.title());
    Agreement signedBy = AgreementParser.parse(new NumberedItem(2,
        "Co-operation Agreement on Museum Exchanges (signed by the Leisure and Cultural Services Department and the Shanghai Museum);",
        "bracketed"));
    assertEquals("Co-operation Agreement on Museum Exchanges", signedBy.title());
    assertEquals(List.of("Leisure and Cultural Services Department", "Shanghai Museum"), signedBy.parties());
  }
}
