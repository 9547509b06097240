package io.pressroom.ingest;

import io.pressroom.model.ParsedRelease;
import io.pressroom.model.Paragraph;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.ingest.DirectoryIngest.FileResult;
import io.pressroom.ingest.IngestException.Reason;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused with the file and the reason; a folder walk reports each and goes on. */
class BadInputTest {
  @TempDir Path dir;

  private final ReleaseParser parser = ReleaseParser.standard();

  private IngestException refused(String name, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    IngestException e = assertThrows(IngestException.class, () -> parser.parseFile(file));
    assertEquals(file.toString(), e.source());
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    return e;
  }

  @Test
  void emptyFile() throws IOException {
    IngestException e = refused("empty.txt", new byte[0]);
    assertEquals(Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void whitespaceOnly() throws IOException {
    assertEquals(Reason.EMPTY, refused("blank.txt", " \n\t\r\n\u00A0\u3000\n".getBytes(StandardCharsets.UTF_8)).reason());
    assertEquals(Reason.EMPTY, refused("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}).reason());
  }

  @Test
  void binary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    IngestException e = refused("photo.txt", png);
    assertEquals(Reason.BINARY, e.reason());
    assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    byte[] controls = "a\u0001b\u0002c\u0003d\u0004e\u0005".getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.BINARY, refused("controls.txt", controls).reason());
  }

  @Test
  void invalidUtf8IsNotGuessed() throws IOException {
    byte[] big5 = "滬港合作會議第六次會議".getBytes(Charset.forName("Big5"));
    IngestException e = refused("big5.txt", big5);
    assertEquals(Reason.INVALID_ENCODING, e.reason());
    assertTrue(e.getMessage().contains("offset 0"), e.getMessage());
    byte[] truncated = {'o', 'k', ' ', (byte) 0xE6, (byte) 0xBB};
    assertTrue(refused("cut.txt", truncated).getMessage().contains("offset 3"));
    byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(Reason.INVALID_ENCODING, refused("utf16.txt", utf16).reason());
  }

  @Test
  void tooLarge() throws IOException {
    byte[] big = new byte[(int) ReleaseParser.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertEquals(Reason.TOO_LARGE, refused("big.txt", big).reason());
    IngestException e = assertThrows(IngestException.class, () -> parser.parse(big, null, ReleaseParser.Format.TEXT));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("request body", e.source());
  }

  @Test
  void unreadable() throws IOException {
    IngestException missing = assertThrows(IngestException.class, () -> parser.parseFile(dir.resolve("missing.txt")));
    assertEquals(Reason.UNREADABLE, missing.reason());
    IngestException folder = assertThrows(IngestException.class, () -> parser.parseFile(dir));
    assertEquals(Reason.UNREADABLE, folder.reason());
    Path locked = Files.writeString(dir.resolve("locked.txt"), "標題\n\n內容。");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
    assertEquals(Reason.UNREADABLE, assertThrows(IngestException.class, () -> parser.parseFile(locked)).reason());
  }

  @Test
  void folderWalkReportsEachBadFileAndParsesTheGoodOne() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "好消息\n\n　　今天天氣很好。\n");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2});
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("blank.htm"), "   \n");
    Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
    Files.writeString(dir.resolve(".hidden.txt"), "not a release");
    List<FileResult> results = DirectoryIngest.readAll(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(
        List.of("binary.html", "empty.txt", "good.txt", "latin1.txt", "blank.htm", "missing.txt"),
        results.stream().map(r -> r.file().getFileName().toString()).collect(Collectors.toList()));
    assertEquals(
        List.of("BINARY", "EMPTY", "ok", "INVALID_ENCODING", "EMPTY", "UNREADABLE"),
        results.stream().map(r -> r.ok() ? "ok" : r.error().reason().name()).collect(Collectors.toList()));
    FileResult ok = results.get(2);
    assertEquals(good, ok.file());
    assertNull(ok.error());
    assertEquals("good", ok.release().release().id());
    assertEquals(List.of("今天天氣很好。"), ok.release().paragraphs().stream().map(Paragraph::text).collect(Collectors.toList()));
    results.stream().filter(r -> !r.ok()).forEach(r -> {
      assertNull(r.release());
      assertTrue(r.error().getMessage().contains(r.file().getFileName().toString()), r.error().getMessage());
    });
  }

  @Test
  void supplementaryCharacterSurvives() throws IngestException {
    ParsedRelease r = Fixtures.parseText("通告\n\n　　大廈𨋢(升降機)於週五暫停使用，不便之處，敬請原諒。\n", "lift.txt");
    assertEquals("大廈𨋢(升降機)於週五暫停使用，不便之處，敬請原諒。", r.paragraphs().get(0).text());
    assertArrayEquals(new int[] {0x2_82E2}, r.paragraphs().get(0).text().codePoints().filter(cp -> cp > 0xFFFF).toArray());
  }

  @Test
  void byteOrderMarkAndWindowsLineEndingsAreTolerated() throws IngestException {
    byte[] bom = "\uFEFF標題\r\n\r\n　　第一段。\r\n\r\n　　第二段。\r\n".getBytes(StandardCharsets.UTF_8);
    ParsedRelease r = parser.parse(bom, "crlf.txt", ReleaseParser.Format.TEXT);
    assertEquals("標題", r.release().title());
    assertEquals(List.of("第一段。", "第二段。"), r.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList()));
  }

  @Test
  void postedBodyGetsAStableIdFromItsContent() throws IngestException {
    byte[] a = "Title\n\nFirst paragraph of a posted release.\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = "Title\n\nAnother posted release.\n".getBytes(StandardCharsets.UTF_8);
    ParsedRelease first = parser.parse(a, null, ReleaseParser.Format.TEXT);
    assertTrue(first.release().id().matches("[0-9a-f]{16}"), first.release().id());
    assertEquals(first.release().id(), parser.parse(a, null, ReleaseParser.Format.TEXT).release().id());
    assertNotEquals(first.release().id(), parser.parse(b, null, ReleaseParser.Format.TEXT).release().id());
    assertNull(first.release().file());
    assertEquals(first.release().id() + "#1", first.paragraphs().get(0).id());
  }

  @Test
  void idsFromFileNamesAreSafe() {
    assertEquals("2024-04-26-hkcd-x", ReleaseParser.releaseId("corpus/2024-04-26-hkcd-x.txt", new byte[0]));
    assertEquals("滬港合作-第六次", ReleaseParser.releaseId("C:\\news\\滬港合作 第六次.html", new byte[0]));
    assertEquals("a-b", ReleaseParser.releaseId("a#b.txt", new byte[0]));
  }
}
