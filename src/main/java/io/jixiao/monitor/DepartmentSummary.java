package io.jixiao.monitor;

import io.jixiao.model.Money;
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
 * <p>Totals add up: 全年预算数 and 执行数 are summed over the same projects, those with both a budget and
 * spending reported at the date, and 执行率 is Σ执行数 ÷ Σ全年预算数 over them, so that the total rate is
 * the total spending divided by the total budget shown. The plan is the budget-weighted mean over those
 * of them with a plan at the date (Σ 全年预算数 × 计划进度 ÷ Σ 全年预算数), so that the gap (total 执行率
 * minus total plan) compares the same projects. {@link Base} says how many projects that is and how
 * many were left out for want of a budget or of spending; {@code reported} counts the projects that
 * reported anything.
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
   * @param base the projects the budget, spending, rate and plan are summed over
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
      int reported,
      Base base) {}

  /**
   * Which projects a line's sums are over.
   *
   * @param projects the projects summarised (1 for a project)
   * @param counted those with both a budget and spending at the date: the sums are over them
   * @param noBudget those without a budget (全年预算数 unknown), left out of the sums
   * @param noSpending those that reported no spending by the date, left out of the sums
   */
  public record Base(int projects, int counted, int noBudget, int noSpending) {

    /** True when every project is in the sums. */
    public boolean complete() {
      return counted == projects;
    }

    /**
     * What a reader of the totals must know when some projects are left out of them, in Chinese;
     * null when none is.
     */
    public String note() {
      if (complete()) {
        return null;
      }
      StringBuilder why = new StringBuilder();
      if (noSpending > 0) {
        why.append("未报送执行数 ").append(noSpending).append(" 个");
      }
      if (noBudget > 0) {
        why.append(why.length() == 0 ? "" : "，").append("未填写全年预算数 ").append(noBudget).append(" 个");
      }
      return "合计的全年预算数、执行数和执行率只计既有全年预算数又已报送执行数的 "
          + counted
          + " 个项目（共 "
          + projects
          + " 个），执行率 = 执行数 ÷ 全年预算数；其余 "
          + (projects - counted)
          + " 个不计入（"
          + why
          + "）";
    }
  }

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
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal planBudget = BigDecimal.ZERO;
    BigDecimal planned = BigDecimal.ZERO;
    int alertTotal = 0;
    int reported = 0;
    int counted = 0;
    int noBudget = 0;
    int noSpending = 0;
    for (int i = 0; i < tables.size(); i++) {
      MonitoringTable t = tables.get(i);
      Money b = t.budget();
      Money s = t.spending().map(Spending::amount).orElse(null);
      BigDecimal p = t.plan().map(c -> c.planned().value()).orElse(null);
      int a = alerts.get(i);
      boolean both = b != null && s != null;
      Base base = new Base(1, both ? 1 : 0, b == null ? 1 : 0, s == null ? 1 : 0);
      lines.add(
          new Line(t.seq(), t.name(), b, s, t.rate(), p, t.gap(), a, t.reported() ? 1 : 0, base));
      alertTotal += a;
      reported += t.reported() ? 1 : 0;
      counted += base.counted();
      noBudget += base.noBudget();
      noSpending += base.noSpending();
      if (both) {
        budget = budget.add(b.wan());
        spent = spent.add(s.wan());
      }
      if (both && p != null) {
        planBudget = planBudget.add(b.wan());
        planned = planned.add(b.wan().multiply(p));
      }
    }
    BigDecimal rate = Percentages.share(spent, budget);
    BigDecimal plan =
        planBudget.signum() == 0 ? null : planned.divide(planBudget, 2, RoundingMode.HALF_UP);
    BigDecimal gap = rate == null || plan == null ? null : rate.subtract(plan);
    Line total =
        new Line(
            0,
            "合计",
            counted == 0 ? null : new Money(budget),
            counted == 0 ? null : new Money(spent),
            rate,
            plan,
            gap,
            alertTotal,
            reported,
            new Base(tables.size(), counted, noBudget, noSpending));
    return new DepartmentSummary(source, asOf, lines, total);
  }
}
