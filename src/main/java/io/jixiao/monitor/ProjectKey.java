package io.jixiao.monitor;

import java.util.Objects;

/** A target table as actuals name it: the document's source file name and the table's number. */
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
