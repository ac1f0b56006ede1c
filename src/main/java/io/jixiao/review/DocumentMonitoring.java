package io.jixiao.review;

import io.jixiao.monitor.DepartmentSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The monitoring run (双监控) of one document at the end of a month: each table's monitoring table and
 * alerts, and the department summary.
 *
 * @param department the department's name, null when the document does not say
 * @param pack the rule pack the run used, e.g. {@code default 2024.1（全国）}
 * @param budgetYear the year checkpoints and deadlines without a year fall in
 */
public record DocumentMonitoring(
    String source,
    String department,
    String pack,
    YearMonth asOf,
    int budgetYear,
    List<TableMonitoring> tables,
    DepartmentSummary summary) {

  public DocumentMonitoring {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    tables = List.copyOf(tables);
    Objects.requireNonNull(summary, "summary");
  }

  /** Every alert, table by table. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>();
    for (TableMonitoring t : tables) {
      all.addAll(t.findings());
    }
    return all;
  }
}
