package io.pressroom.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates {@code t2s-icu.txt} from ICU4J (test classpath only; ICU is not shipped).
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" io.pressroom.analysis.T2STableGenerator \
 *     src/main/resources/io/pressroom/text/t2s-icu.txt
 * </pre>
 *
 * {@link T2STableTest} fails whenever the shipped file differs from what this produces.
 */
public final class T2STableGenerator {
  static final String HEADER =
      "# Traditional -> Simplified, one BMP character to one, generated from ICU4J's\n"
          + "# 'Traditional-Simplified' transliterator applied to each Han character alone\n"
          + "# (see T2STableTest, which checks this file against ICU). Format: <traditional><simplified>\n";

  private T2STableGenerator() {}

  /**
   * The file's content: every BMP Han character that ICU's {@code Traditional-Simplified} changes
   * when given alone, in code point order, as {@code <from><to>} lines.
   *
   * @throws IllegalStateException if ICU maps a character to anything but one BMP character
   */
  static String generate() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder out = new StringBuilder(HEADER);
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c) || UScript.getScript(c) != UScript.HAN) {
        continue;
      }
      String from = UCharacter.toString(c);
      String to = t2s.transliterate(from);
      if (to.equals(from)) {
        continue;
      }
      if (to.length() != 1) {
        throw new IllegalStateException(
            "ICU maps U+" + Integer.toHexString(c) + " to '" + to + "', not one BMP char");
      }
      out.append(from).append(to).append('\n');
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: T2STableGenerator <path of t2s-icu.txt>");
      System.exit(2);
    }
    Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
  }
}
