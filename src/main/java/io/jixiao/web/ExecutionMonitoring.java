package io.jixiao.web;

import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Spending;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.Finding;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.TableMonitoring;
import io.jixiao.workflow.ProjectSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The figures of the monitoring pages (运行监控, 双监控): the review engine's monitoring run
 * ({@link ReviewEngine#monitor}) over the approved and published tables a viewer may monitor, at
 * the end of a month, summed up per department and in total, with the alerts M1–M4 and the
 * regional spending floor at that date.
 */
@Component
class ExecutionMonitoring {

  /** One project's line: its workflow row, its monitoring table and its alerts. */
  record ProjectLine(ProjectSummary target, MonitoringTable table, List<Finding> alerts) {}

  /** One department: its total line, its projects, its alerts. */
  record DepartmentView(
      String name, DepartmentSummary.Line total, List<ProjectLine> projects, int alerts) {}

  /**
   * The dashboard.
   *
   * @param months the months anything was reported for, newest first
   * @param floor the region's floor at the date, null before its first floor month
   * @param floorMonth the month of that floor, e.g. {@code 10月底}, or null
   * @param pending the viewer's tables that are not approved yet, so not monitored
   */
  record View(
      YearMonth asOf,
      List<YearMonth> months,
      BigDecimal elapsed,
      BigDecimal floor,
      String floorMonth,
      DepartmentSummary.Line total,
      List<DepartmentView> departments,
      int pending,
      YearSelection years) {

    public int alerts() {
      return departments.stream().mapToInt(DepartmentView::alerts).sum();
    }

    public int projects() {
      return departments.stream().mapToInt(d -> d.projects().size()).sum();
    }
  }

  private final MonitoredTables tables;
  private final ReviewEngine engine;
  private final Clock clock;

  ExecutionMonitoring(MonitoredTables tables, ReviewEngine engine, Clock clock) {
    this.tables = tables;
    this.engine = engine;
    this.clock = clock;
  }

  /** The dashboard of every department {@code viewer} may monitor at the end of {@code month}. */
  View view(Account viewer, String month) {
    return view(viewer, month, null);
  }

  /**
   * The dashboard of budget year {@code year} (blank: the year of {@code month}, else the newest)
   * at the end of {@code month} (blank: the latest month of that year with actuals).
   */
  View view(Account viewer, String month, String year) {
    if ((year == null || year.isBlank()) && month != null && !month.isBlank()) {
      year = String.valueOf(MonthParameter.parse(month, "month").getYear());
    } else if (year != null && !year.isBlank() && month != null && !month.isBlank()
        && !year.strip().equals(String.valueOf(MonthParameter.parse(month, "month").getYear()))) {
      month = null; // another year was chosen: its own latest month
    }
    return view(tables.of(viewer, year), month);
  }

  /** The one department {@code name}. */
  View department(Account viewer, String name, String month) {
    return view(tables.department(viewer, name), month);
  }

  /** Table {@code id} alone. */
  View project(long id, Account viewer, String month) {
    return view(tables.table(id, viewer), month);
  }

  View view(MonitoredTables.Scope scope, String month) {
    List<YearMonth> months = new ArrayList<>(scope.months());
    YearMonth asOf = asOf(month, months, scope.year());
    Collections.reverse(months);
    List<DepartmentView> departments = new ArrayList<>();
    List<MonitoringTable> all = new ArrayList<>();
    List<Integer> allAlerts = new ArrayList<>();
    int year = asOf.getYear();
    for (MonitoredTables.Department d : scope.departments()) {
      List<ProjectLine> lines = new ArrayList<>();
      List<MonitoringTable> figures = new ArrayList<>();
      List<Integer> alerts = new ArrayList<>();
      for (MonitoredTables.Part part : d.parts()) {
        DocumentMonitoring m = engine.monitor(part.document(), scope.actuals(), asOf);
        year = m.budgetYear();
        for (TableMonitoring t : m.tables()) {
          lines.add(new ProjectLine(part.rows().get(t.seq()), t.monitoring(), t.findings()));
          figures.add(t.monitoring());
          alerts.add(t.findings().size());
        }
      }
      DepartmentSummary.Line total = DepartmentSummary.of(d.name(), asOf, figures, alerts).total();
      departments.add(new DepartmentView(d.name(), total, lines, total.alerts()));
      all.addAll(figures);
      allAlerts.addAll(alerts);
    }
    Map.Entry<Integer, BigDecimal> floor = floor(asOf, year);
    return new View(
        asOf,
        months,
        all.isEmpty() ? null : all.get(0).timeElapsed(),
        floor == null ? null : floor.getValue(),
        floor == null ? null : floor.getKey() + "月底",
        DepartmentSummary.of("合计", asOf, all, allAlerts).total(),
        departments,
        scope.pending(),
        scope.selection());
  }

  /**
   * The month asked for; by default the latest month of the budget year with actuals, else the
   * current month within the budget year (its January before it, its December after it).
   */
  YearMonth asOf(String month, List<YearMonth> months, Integer year) {
    if (month == null || month.isBlank()) {
      if (!months.isEmpty()) {
        return months.get(months.size() - 1);
      }
      YearMonth now = YearMonth.now(clock);
      if (year == null || now.getYear() == year) {
        return now;
      }
      return YearMonth.of(year, now.getYear() < year ? 1 : 12);
    }
    return MonthParameter.parse(month, "month");
  }

  /** The latest floor month of the region on or before {@code asOf}, with its percentage. */
  Map.Entry<Integer, BigDecimal> floor(YearMonth asOf, int year) {
    Map.Entry<Integer, BigDecimal> last = null;
    for (Map.Entry<Integer, BigDecimal> e : engine.pack().spendingFloors().entrySet()) {
      if (!YearMonth.of(year, e.getKey()).isAfter(asOf)) {
        last = e;
      }
    }
    return last;
  }

  /** One month's spending report of a project, with the plan in force then. */
  record MonthLine(YearMonth month, Spending spending, BigDecimal plan) {}

  /** The month ends of the budget year up to the date for which the project reported spending. */
  static List<MonthLine> history(MonitoringTable t) {
    List<MonthLine> list = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(t.budgetYear(), m);
      if (month.isAfter(t.asOf())) {
        break;
      }
      t.spendingAt(month)
          .filter(s -> s.period().equals(month))
          .ifPresent(
              s ->
                  list.add(
                      new MonthLine(
                          month,
                          s,
                          t.planAt(month).map(c -> c.planned().value()).orElse(null))));
    }
    return list;
  }

  /**
   * The data of the execution-rate charts, read by monitoring.js: per department (or, for one
   * department, per project) the execution rate and the plan at the date, and the regional floor.
   */
  static Map<String, Object> chart(View v, DepartmentView only) {
    Map<String, Object> c = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    List<BigDecimal> plans = new ArrayList<>();
    if (only == null) {
      for (DepartmentView d : v.departments()) {
        names.add(d.name());
        rates.add(d.total().rate());
        plans.add(d.total().plan());
      }
    } else {
      for (ProjectLine p : only.projects()) {
        names.add(p.table().name());
        rates.add(p.table().rate());
        plans.add(p.table().plan().map(cp -> cp.planned().value()).orElse(null));
      }
    }
    c.put("names", names);
    c.put("rates", rates);
    c.put("plans", plans);
    c.put("floor", v.floor());
    c.put("floorLabel", v.floorMonth() == null ? null : "本地区" + v.floorMonth() + "支出进度要求");
    return c;
  }
}
