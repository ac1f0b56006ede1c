package io.jixiao.monitor;

import java.util.Objects;

/**
 * A target table as actuals files name it: the document's source file name and the table's number.
 * Stored actuals keep this key; the import and edit use cases move them when their table changes
 * number or file (its identity, {@code io.jixiao.model.ProjectIdentity}, does not).
 */
public record ProjectKey(String source, int seq) implements Comparable<ProjectKey> {

  public ProjectKey {
    Objects.requireNonNull(source, "source");
    if (seq < 1) {
      throw new IllegalArgumentException("a table number starts at 1: " + seq);
    }
  }

  @Override
  public int compareTo(ProjectKey o) {
    int c = source.compareTo(o.source);
    return c != 0 ? c : Integer.compare(seq, o.seq);
  }
}
