package io.pressroom.ingest;

/**
 * A unit of a release's text before its role is known: a line or paragraph of a text file, a block
 * element of an HTML page. Both input formats are reduced to blocks, so one parser reads structure.
 *
 * @param text the trimmed text (for an image, its file name or address)
 * @param type what the input's own markup says the block is
 */
record Block(String text, Type type) {

  /** What the markup says about a block; plain text says little, HTML more. */
  enum Type {
    /** Text of unknown role. */
    TEXT,
    /** Marked as a heading: an HTML {@code <h1>}…{@code <h6>}, or a line underlined with ***** or ----. */
    HEADING,
    /** Marked as a caption: an HTML {@code <figcaption>}. */
    CAPTION,
    /** An image: an image file name on its own line, or an HTML {@code <img>}. */
    IMAGE
  }
}
