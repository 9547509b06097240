package io.pressroom.ingest;

import io.pressroom.model.Release;

/**
 * What a release says about itself in its header and footer, before it is resolved into a {@link
 * Release}: the published date may still lack its zone. Any field may be null.
 *
 * @param title the headline
 * @param publisher the publisher's name as listed in {@code publishers.tsv}, or as the page states it
 * @param source the 來源/Source field
 * @param editor the 責任編輯/编辑 field
 * @param published the publication date as written
 */
record ReleaseMetadata(String title, String publisher, String source, String editor, DateParts published) {}
