package io.jixiao.review;

import java.util.List;
import java.util.Objects;

/**
 * The review of one target table: its printed number, the project's name, the grade and every
 * finding (table-level first, then by row).
 */
public record TableReview(int seq, String name, Grade grade, List<Finding> findings) {

  public TableReview {
    Objects.requireNonNull(grade, "grade");
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    long n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }
}
