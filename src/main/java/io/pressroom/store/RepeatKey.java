package io.pressroom.store;

import io.pressroom.text.ChineseScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A key that two paragraphs share when they say the same words: the text folded to Simplified and
 * lower case, without spaces or punctuation, hashed. Re-posts, mirrors (Traditional or Simplified,
 * full- or half-width punctuation) and a clause repeated word for word in another session get the
 * same key, so a search can show one of them and say where else it stands.
 */
public final class RepeatKey {
  /** Shorter texts (a photo credit, a date) repeat by chance, not because they were re-posted. */
  static final int MIN_CHARS = 12;

  private RepeatKey() {}

  /** The key of {@code text}, or null for a text too short to be called a repeat. */
  public static String of(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    String simplified = ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT);
    simplified.codePoints().filter(Character::isLetterOrDigit).forEach(folded::appendCodePoint);
    if (folded.codePointCount(0, folded.length()) < MIN_CHARS) {
      return null;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
