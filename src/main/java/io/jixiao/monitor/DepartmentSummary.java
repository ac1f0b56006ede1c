package io.jixiao.monitor;

import io.jixiao.target.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The department's monitoring summary at a month end: per project 全年预算数, 执行数, 执行率, the plan at the
 * date, the gap and the number of alerts, and the totals.
 *
 * <p>Totals: 全年预算数 adds the projects with a budget, 执行数 the projects that reported spending; 执行率 is
 * Σ执行数 ÷ Σ全年预算数 over the projects with both; the plan is the budget-weighted mean over those of
 * them with a plan at the date (Σ 全年预算数 × 计划进度 ÷ Σ 全年预算数), so that the gap (total 执行率 minus total
 * plan) compares the same projects. A project that reported nothing is left out of 执行率, plan and
 * gap; {@code reported} counts the projects that did.
 */
public record DepartmentSummary(String source, YearMonth asOf, List<Line> lines, Line total) {

  public DepartmentSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }

  /**
   * One project, or the total ({@code seq} 0, {@code name} 合计).
   *
   * @param budget 全年预算数, null when unknown
   * @param spent 执行数 at the date, null when not reported
   * @param rate 执行率, null when either is unknown
   * @param plan planned cumulative percentage at the date, null before the first checkpoint
   * @param gap rate − plan, null when either is unknown
   * @param alerts the monitoring findings about the project
   * @param reported projects that reported actuals (1 or 0 for a project)
   */
  public record Line(
      int seq,
      String name,
      Money budget,
      Money spent,
      BigDecimal rate,
      BigDecimal plan,
      BigDecimal gap,
      int alerts,
      int reported) {}

  /**
   * The summary of {@code tables}, all of one document at the same date, with {@code alerts.get(i)}
   * findings about {@code tables.get(i)}.
   */
  public static DepartmentSummary of(
      String source, YearMonth asOf, List<MonitoringTable> tables, List<Integer> alerts) {
    if (tables.size() != alerts.size()) {
      throw new IllegalArgumentException("one alert count per table");
    }
    List<Line> lines = new ArrayList<>(tables.size());
    BigDecimal budget = null;
    BigDecimal spent = null;
    BigDecimal rateBudget = BigDecimal.ZERO;
    BigDecimal rateSpent = BigDecimal.ZERO;
    BigDecimal planBudget = BigDecimal.ZERO;
    BigDecimal planned = BigDecimal.ZERO;
    int alertTotal = 0;
    int reported = 0;
    for (int i = 0; i < tables.size(); i++) {
      MonitoringTable t = tables.get(i);
      Money b = t.budget();
      Money s = t.spending().map(Spending::amount).orElse(null);
      BigDecimal p = t.plan().map(c -> c.planned().value()).orElse(null);
      int a = alerts.get(i);
      lines.add(new Line(t.seq(), t.name(), b, s, t.rate(), p, t.gap(), a, t.reported() ? 1 : 0));
      alertTotal += a;
      reported += t.reported() ? 1 : 0;
      if (b != null) {
        budget = budget == null ? b.wan() : budget.add(b.wan());
      }
      if (s != null) {
        spent = spent == null ? s.wan() : spent.add(s.wan());
      }
      if (b != null && s != null) {
        rateBudget = rateBudget.add(b.wan());
        rateSpent = rateSpent.add(s.wan());
      }
      if (b != null && s != null && p != null) {
        planBudget = planBudget.add(b.wan());
        planned = planned.add(b.wan().multiply(p));
      }
    }
    BigDecimal rate = Percentages.share(rateSpent, rateBudget);
    BigDecimal plan =
        planBudget.signum() == 0 ? null : planned.divide(planBudget, 2, RoundingMode.HALF_UP);
    BigDecimal gap = rate == null || plan == null ? null : rate.subtract(plan);
    Line total =
        new Line(
            0,
            "合计",
            budget == null ? null : new Money(budget),
            spent == null ? null : new Money(spent),
            rate,
            plan,
            gap,
            alertTotal,
            reported);
    return new DepartmentSummary(source, asOf, lines, total);
  }
}
