package io.jixiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The review of one document: its grade, each table's review, and the findings about the document
 * as a whole (a layout without budgets, say).
 *
 * @param pack the rule pack the review ran with, e.g. {@code default 2024.1（全国）}
 */
public record DocumentReview(
    String source, String pack, Grade grade, List<TableReview> tables, List<Finding> findings) {

  public DocumentReview {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(grade, "grade");
    tables = List.copyOf(tables);
    findings = List.copyOf(findings);
  }

  /** Every finding: the document's, then each table's in order. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(findings);
    for (TableReview t : tables) {
      all.addAll(t.findings());
    }
    return all;
  }

  public long tablesGraded(Grade grade) {
    return tables.stream().filter(t -> t.grade() == grade).count();
  }
}
