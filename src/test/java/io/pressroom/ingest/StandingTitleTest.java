package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pressroom.model.Kind;
import io.pressroom.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An English document title standing alone where a heading would be, next to a paragraph that speaks
 * of signing, is a signed document; a heading that only mentions an agreement stays a heading.
 */
class StandingTitleTest {
  @Test
  void aMemorandumTitleStandingAloneAboveItsTextIsAnAgreement() throws IngestException {
    String text = String.join("\n\n",
        "Hong Kong and Shenzhen sign memorandum",
        "The Chief Secretary and the Mayor of Shenzhen met today and the two sides signed a memorandum and several "
            + "co-operation agreements. Their main points are set out below:",
        "Memorandum on Closer Co-operation between Hong Kong and Shenzhen",
        "Under this memorandum the two governments will review their co-operation every year and report its results.",
        "Ends/Thursday, June 17, 2004");
    List<Paragraph> ps = ReleaseParser.standard()
        .parse(text.getBytes(StandardCharsets.UTF_8), "standing-title.txt", ReleaseParser.Format.TEXT).paragraphs();
    Paragraph memo = ps.stream().filter(p -> p.kind() == Kind.AGREEMENT).findFirst().orElseThrow();
    assertEquals("Memorandum on Closer Co-operation between Hong Kong and Shenzhen", memo.agreement().title());
    assertEquals(Kind.BODY, ps.get(ps.size() - 1).kind());
  }

  @Test
  void aHeadingThatOnlyMentionsAnAgreementStaysAHeading() throws IngestException {
    String text = String.join("\n\n",
        "Plenary held in Guangzhou",
        "The two leaders reviewed co-operation over the past year at the plenary today.",
        "Implementation of the Framework Agreement on Hong Kong/Guangdong Co-operation",
        "The two sides agreed to draw up a work plan covering every area of co-operation under the Framework Agreement.");
    List<Paragraph> ps = ReleaseParser.standard()
        .parse(text.getBytes(StandardCharsets.UTF_8), "mention.txt", ReleaseParser.Format.TEXT).paragraphs();
    assertEquals(0, ps.stream().filter(p -> p.kind() == Kind.AGREEMENT || !p.namedAgreements().isEmpty()).count());
  }
}
