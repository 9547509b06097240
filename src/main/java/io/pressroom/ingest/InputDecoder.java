package io.pressroom.ingest;

import io.pressroom.ingest.IngestException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a release into text, or refuses them with a reason a person can act on: too
 * large, empty, binary, or not UTF-8. Decoding is strict — a release in another encoding is refused,
 * never guessed at, so that no mis-decoded text reaches the index.
 */
final class InputDecoder {
  /** Share of control characters above which a "text" is taken for binary data. */
  private static final int MAX_CONTROL_PERCENT = 2;

  private InputDecoder() {}

  /**
   * The text of {@code bytes}: UTF-8, without byte order mark, line ends normalised to {@code \n}.
   *
   * @param source names the input in error messages
   */
  static String decode(byte[] bytes, String source) throws IngestException {
    if (bytes.length > ReleaseParser.MAX_BYTES) {
      throw tooLarge(source, bytes.length);
    }
    if (bytes.length == 0) {
      throw new IngestException(source, Reason.EMPTY, "is empty (0 bytes)");
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new IngestException(source, Reason.INVALID_ENCODING, "is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IngestException(source, Reason.BINARY, "contains a NUL byte at offset " + i + ": binary data, not text");
      }
    }
    String text = strictUtf8(bytes, source);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (Whitespace.isBlank(text)) {
      throw new IngestException(source, Reason.EMPTY, "contains only whitespace");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls * 100L > (long) text.length() * MAX_CONTROL_PERCENT) {
      throw new IngestException(source, Reason.BINARY, controls + " of its " + text.length() + " characters are control characters: binary data, not text");
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static IngestException tooLarge(String source, long size) {
    return new IngestException(source, Reason.TOO_LARGE, "is " + size + " bytes, over the limit of " + ReleaseParser.MAX_BYTES + " bytes");
  }

  private static String strictUtf8(byte[] bytes, String source) throws IngestException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new IngestException(source, Reason.INVALID_ENCODING, "is not valid UTF-8 (bad byte sequence at offset " + in.position() + ")");
    }
    out.flip();
    return out.toString();
  }
}
