package io.pressroom.ingest;

/**
 * Metadata an input states outside its text: an HTML page's headline ({@code <h1>}, og:title,
 * {@code <title>}), publication time ({@code <time datetime>}, article:published_time) and site
 * name (og:site_name). Plain text has none. Any field may be null.
 */
record PageHints(String title, String published, String siteName) {
  static final PageHints NONE = new PageHints(null, null, null);
}
