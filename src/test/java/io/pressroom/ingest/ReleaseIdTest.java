package io.pressroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.ingest.DirectoryIngest.FileResult;
import io.pressroom.ingest.IngestException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release ids never collide silently: a file found in a folder is named by its path under the
 * folder, stably across re-ingest, and a second file that would get an id already given in the same
 * ingest is an error naming both files.
 */
class ReleaseIdTest {
  private static final String PAGE = "標題\n\n　　今天兩地簽署合作備忘錄,推動經貿合作。\n";

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void twoIndexPagesInDifferentFoldersAreTwoReleases() throws IOException {
    write("isd/2024/index.html", "<html><body><h1>甲</h1><p>第一份新聞稿的內容。</p></body></html>");
    write("news/2024/index.html", "<html><body><h1>乙</h1><p>第二份新聞稿的內容。</p></body></html>");
    List<FileResult> results = DirectoryIngest.readAll(List.of(dir));
    assertEquals(2, results.size());
    results.forEach(r -> assertTrue(r.ok(), () -> r.error().getMessage()));
    assertEquals(List.of("isd~2024~index", "news~2024~index"), results.stream().map(r -> r.release().release().id()).toList());
    assertEquals(
        List.of("isd~2024~index", "news~2024~index"),
        DirectoryIngest.readAll(List.of(dir)).stream().map(r -> r.release().release().id()).toList(),
        "the same ids on re-ingest");
  }

  @Test
  void aFileDirectlyInTheFolderKeepsTheIdOfItsName() throws IOException {
    write("2024-04-26-release.txt", PAGE);
    write("more/2024-04-26-release.txt", PAGE);
    List<FileResult> results = DirectoryIngest.readAll(List.of(dir));
    assertEquals(List.of("2024-04-26-release", "more~2024-04-26-release"), results.stream().map(r -> r.release().release().id()).toList());
    assertEquals("2024-04-26-release", DirectoryIngest.readAll(List.of(dir.resolve("2024-04-26-release.txt"))).get(0).release().release().id());
  }

  @Test
  void partsOfThePathAreMadeSafe() {
    assertEquals("a-b~c-d~index", ReleaseParser.releaseId(Path.of("a b", "c#d", "index.html")));
    assertEquals("release", ReleaseParser.releaseId(Path.of("release.txt")));
  }

  @Test
  void twoFilesWithOneIdInOneIngestAreAnErrorNamingBoth() throws IOException {
    Path first = write("release.html", "<html><body><h1>標題</h1><p>網頁版的內容。</p></body></html>");
    Path second = write("release.txt", PAGE);
    List<FileResult> results = DirectoryIngest.readAll(List.of(dir));
    assertEquals(2, results.size());
    FileResult kept = results.get(0);
    assertEquals(first, kept.file());
    assertTrue(kept.ok());
    assertEquals("release", kept.release().release().id());
    FileResult refused = results.get(1);
    assertEquals(second, refused.file());
    assertNull(refused.release());
    assertNotNull(refused.error());
    assertEquals(Reason.DUPLICATE_ID, refused.error().reason());
    String message = refused.error().getMessage();
    assertTrue(message.contains(second.toString()) && message.contains(first.toString()) && message.contains("'release'"), message);
  }

  @Test
  void filesNamedDirectlyCollideToo() throws IOException {
    Path a = write("a/notice.txt", PAGE);
    Path b = write("b/notice.txt", PAGE);
    List<FileResult> results = DirectoryIngest.readAll(List.of(a, b));
    assertTrue(results.get(0).ok());
    assertEquals(Reason.DUPLICATE_ID, results.get(1).error().reason());
    assertTrue(results.get(1).error().getMessage().contains(a.toString()));
  }
}
