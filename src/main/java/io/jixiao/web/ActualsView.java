package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsTemplate;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetValue;
import io.jixiao.workflow.ProjectSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The actuals page of one target table: the stored actuals by month (spending, adjusted budget,
 * each indicator's value and note) beside the indicators' 年度指标值, whether the viewer may enter
 * actuals and, for the department's editors of a table not yet approved, why not.
 *
 * @param closed why the department's editor cannot enter actuals now; null otherwise
 * @param changes the audit entries of the table's actuals, oldest first
 * @param entries the stored lines, by row and month
 */
record ActualsView(
    ProjectSummary target,
    Project project,
    List<YearMonth> months,
    Line spending,
    Line budget,
    List<Line> indicators,
    boolean canEnter,
    String closed,
    List<AuditEntry> changes,
    List<ActualsEntry> entries) {

  /** One row of the actuals table. */
  record Line(
      int number,
      String name,
      String level,
      String target,
      String hint,
      String choices,
      Map<YearMonth, Cell> cells) {

    public Cell cell(YearMonth month) {
      return month == null ? null : cells.get(month);
    }
  }

  /** The spending and the adjusted budget lines. */
  public List<Line> money() {
    return List.of(spending, budget);
  }

  /** A stored value and its note. */
  record Cell(String value, String note) {}

  static ActualsView of(
      ProjectSummary t,
      Project p,
      Integer year,
      List<ActualsEntry> stored,
      boolean canEnter,
      String closed,
      List<AuditEntry> changes) {
    TreeSet<YearMonth> months = new TreeSet<>();
    Map<String, Map<YearMonth, Cell>> cells = new HashMap<>();
    for (ActualsEntry e : stored) {
      months.add(e.period());
      cells
          .computeIfAbsent(e.row(), r -> new HashMap<>())
          .put(e.period(), new Cell(e.value(), e.note()));
    }
    String budget =
        p.budget() == null || p.budget().total() == null
            ? null
            : "预算数 " + p.budget().total().wan().toPlainString();
    Line spending =
        new Line(0, "累计支出（万元）", null, budget, "截至该月末的累计支出，万元（如 13.5）", null,
            cells.getOrDefault("spent", Map.of()));
    Line adjusted =
        new Line(0, "调整后预算数（万元）", null, budget, "预算调整后的全年预算数，万元；未调整的不填", null,
            cells.getOrDefault("budget", Map.of()));
    List<Line> indicators = new ArrayList<>();
    List<Indicator> list = p.indicators();
    for (int i = 0; i < list.size(); i++) {
      Indicator x = list.get(i);
      String row = Integer.toString(i + 1);
      indicators.add(
          new Line(
              i + 1,
              x.name(),
              join(x.level1(), x.level2()),
              x.value(),
              ActualsTemplate.hint(x.target(), year),
              choices(x.target()),
              cells.getOrDefault(row, Map.of())));
    }
    return new ActualsView(t, p, List.copyOf(months), spending, adjusted, indicators, canEnter,
        closed, changes, List.copyOf(stored));
  }

  /** The graded words offered for the value: {@code grades}, {@code deadline} or none. */
  private static String choices(TargetValue target) {
    if (target instanceof TargetValue.Qualitative) {
      return "grades";
    }
    return target instanceof TargetValue.Deadline ? "deadline-grades" : null;
  }

  private static String join(String level1, String level2) {
    if (level1 == null) {
      return level2;
    }
    return level2 == null ? level1 : level1 + " · " + level2;
  }
}
