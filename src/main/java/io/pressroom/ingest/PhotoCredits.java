package io.pressroom.ingest;

/**
 * Photo captions told by their credit — 「(全媒體記者 某某 攝)」, 「政府新聞處」, "[Photo/Xinhua]",
 * 「(圖片來源:文匯報)」, "(Photo: Xinhua)", {@code photo-credits.txt} — and by the image markers of a text extraction ("More Images",
 * {@code image-markers.txt}), so that a caption is found with or without an image before it.
 */
final class PhotoCredits {
  private static final PhraseList CREDITS = PhraseList.load("photo-credits.txt");
  private static final PhraseList IMAGE_MARKERS = PhraseList.load("image-markers.txt");
  /** A caption is a sentence or two; a long paragraph that ends with a credit is article text. */
  private static final int MAX_CAPTION_CHARS = 300;
  /** A photo's title, a colon and two spaces, then its caption: 「攜手合作:  林鄭月娥(左)與…」. */
  private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile("^[^:：。，,.!?]{2,24}[:：][ \u00A0\u3000]{2,}\\S");

  private PhotoCredits() {}

  /**
   * Answers already found, by text: a parse asks of the same lines many times, and a credit's
   * patterns are tried at every character of a line's tail.
   */
  private static final ThreadLocal<java.util.Map<String, Boolean>> ENDS_WITH_CREDIT =
      ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
          return size() > 512;
        }
      });

  /** Table leftovers a text extraction leaves after a cell's text: 「…(圖片來源:文匯報) |」. */
  private static final java.util.regex.Pattern TRAILING_SEPARATORS = java.util.regex.Pattern.compile("[\\s|｜¦│┃]+$");

  /** Whether {@code text} ends with a photo credit, before any table leftovers ("|") after it. */
  static boolean endsWithCredit(String text) {
    if (text.length() > MAX_CAPTION_CHARS) {
      return false;
    }
    return ENDS_WITH_CREDIT.get().computeIfAbsent(text, t -> CREDITS.matchesEnd(TRAILING_SEPARATORS.matcher(t).replaceFirst("")));
  }

  /** Whether {@code text} is a caption by its own shape: it ends with a credit or follows a photo title. */
  static boolean isCaption(String text) {
    return endsWithCredit(text) || isTitledCaption(text);
  }

  /** Whether {@code text} is a caption under a photo title ("Shanghai ties:  Financial Secretary …"). */
  static boolean isTitledCaption(String text) {
    return text.length() <= MAX_CAPTION_CHARS && TITLED.matcher(text).find();
  }

  /** Whether {@code text} is a line standing for a photo or a gallery. */
  static boolean isImageMarker(String text) {
    return IMAGE_MARKERS.matchesWhole(text);
  }
}
