package io.jixiao.store;

import java.util.Objects;

/**
 * What {@link TargetStore#save} did with a document.
 *
 * @param source the file name the document was imported from
 * @param version the version now current (1 for a first import)
 * @param outcome whether it was new, replaced an earlier version, or was identical to the current
 *     one
 * @param projects the number of target tables of the current version
 * @param indicators the number of indicators of the current version
 */
public record StoredDocument(
    String source, int version, Outcome outcome, int projects, int indicators) {

  /** What happened to the stored document. */
  public enum Outcome {
    /** First import of this source. */
    CREATED,
    /** The source was imported before with other content: a new version is current. */
    REPLACED,
    /** The content is identical to the current version: nothing was written. */
    UNCHANGED
  }

  public StoredDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1: " + version);
    }
  }

  public boolean changed() {
    return outcome != Outcome.UNCHANGED;
  }
}
