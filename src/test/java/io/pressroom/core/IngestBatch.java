package io.pressroom.core;

/** For tests in other packages: how many releases {@link CorpusIngest} writes between two commits. */
public final class IngestBatch {
  /** {@link CorpusIngest#BATCH}. */
  public static final int SIZE = CorpusIngest.BATCH;

  private IngestBatch() {}
}
