package io.jixiao.monitor;

import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The monitoring table of one project at a month end (运行监控表): 预算执行 — 全年预算数 (the adjusted budget
 * when reported, else the printed 预算数), 执行数 (cumulative spending last reported on or before the
 * date) and 执行率 — beside the table's own plan at that date, and per indicator 年度指标值, 实际完成值, 完成进度,
 * 偏差原因 and 完成目标可能性 ({@link IndicatorProgress}).
 *
 * <p>The plan at the date is the table's latest printed checkpoint (3/6/10/12月底) on or before it;
 * no checkpoint has passed in January and February. The indicator progress is the mean of the
 * counted rows' progress (each capped at 100) to 0.01. Percentages are rounded half up to 0.01
 * point once and used as they are ({@link Percentages}).
 */
public final class MonitoringTable {

  private final String source;
  private final String name;
  private final YearMonth asOf;
  private final int budgetYear;
  private final Project project;
  private final ProjectActuals actuals;
  private final Money printedBudget;
  private final Money budget;
  private final Spending spending;
  private final Checkpoint plan;
  private final BigDecimal elapsed;
  private final List<IndicatorProgress> indicators;
  private final BigDecimal indicatorProgress;
  private final int counted;

  private MonitoringTable(
      String source, Project project, ProjectActuals actuals, YearMonth asOf, int budgetYear) {
    this.source = Objects.requireNonNull(source, "source");
    this.name = project.displayName();
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.budgetYear = budgetYear;
    this.project = project;
    this.actuals = actuals;
    this.printedBudget = project.budget() == null ? null : project.budget().total();
    this.budget =
        actuals != null && actuals.adjustedBudget() != null
            ? actuals.adjustedBudget()
            : printedBudget;
    this.spending = spendingAt(asOf).orElse(null);
    this.plan = planAt(asOf).orElse(null);
    this.elapsed = elapsed(asOf, budgetYear);
    List<IndicatorProgress> rows = new ArrayList<>(project.indicators().size());
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (int i = 0; i < project.indicators().size(); i++) {
      Indicator indicator = project.indicators().get(i);
      IndicatorActual actual = actuals == null ? null : latest(actuals, i + 1, asOf);
      IndicatorProgress row =
          IndicatorProgress.of(i + 1, indicator, actual, asOf, budgetYear, elapsed);
      rows.add(row);
      if (row.counted()) {
        sum = sum.add(row.progress());
        n++;
      }
    }
    this.indicators = Collections.unmodifiableList(rows);
    this.counted = n;
    this.indicatorProgress =
        n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }

  /**
   * The monitoring table of {@code project} of document {@code source} at the end of {@code asOf}.
   *
   * @param actuals the table's actuals, or null when the department reported none
   * @param budgetYear the year the budget is for: checkpoints and deadlines without a year fall in
   *     it
   */
  public static MonitoringTable of(
      String source, Project project, ProjectActuals actuals, YearMonth asOf, int budgetYear) {
    return new MonitoringTable(source, project, actuals, asOf, budgetYear);
  }

  /** The document's file name, as actuals name it. */
  public String source() {
    return source;
  }

  /** The table's printed number. */
  public int seq() {
    return project.seq();
  }

  /** The project's name ({@link Project#displayName()}). */
  public String name() {
    return name;
  }

  public YearMonth asOf() {
    return asOf;
  }

  public int budgetYear() {
    return budgetYear;
  }

  public Project project() {
    return project;
  }

  /** True when the department reported anything for this table. */
  public boolean reported() {
    return actuals != null;
  }

  /** 预算数 as printed in the target table, or null. */
  public Money printedBudget() {
    return printedBudget;
  }

  /** 全年预算数: the adjusted budget when reported, else the printed 预算数; null when neither. */
  public Money budget() {
    return budget;
  }

  /** True when 全年预算数 is an adjusted budget (调整后预算数) reported with the actuals. */
  public boolean budgetAdjusted() {
    return actuals != null && actuals.adjustedBudget() != null;
  }

  /** Why the budget was adjusted, or null. */
  public String budgetNote() {
    return actuals == null ? null : blankToNull(actuals.budgetNote());
  }

  /** The reason given for the pace of spending, or null. */
  public String spendingNote() {
    return actuals == null ? null : blankToNull(actuals.spendingNote());
  }

  /** 执行数 and 执行率 as last reported on or before the date; empty when nothing was reported. */
  public Optional<Spending> spending() {
    return Optional.ofNullable(spending);
  }

  /** 执行率 at the date, or null when spending or the budget is unknown. */
  public BigDecimal rate() {
    return spending == null ? null : spending.rate();
  }

  /** The plan at the date: the latest printed checkpoint on or before it, if any. */
  public Optional<Checkpoint> plan() {
    return Optional.ofNullable(plan);
  }

  /** 执行率 minus the planned percentage at the date (negative when behind), or null. */
  public BigDecimal gap() {
    BigDecimal rate = rate();
    return rate == null || plan == null ? null : rate.subtract(plan.planned().value());
  }

  /** The share of the budget year elapsed at the date, 0–100, to 0.01 (August: 66.67). */
  public BigDecimal timeElapsed() {
    return elapsed;
  }

  public List<IndicatorProgress> indicators() {
    return indicators;
  }

  /** The mean progress of the counted indicators, or null when none is counted. */
  public BigDecimal indicatorProgress() {
    return indicatorProgress;
  }

  /** How many indicators count towards {@link #indicatorProgress()}. */
  public int indicatorsCounted() {
    return counted;
  }

  /** Cumulative spending as last reported on or before the end of {@code month}. */
  public Optional<Spending> spendingAt(YearMonth month) {
    if (actuals == null) {
      return Optional.empty();
    }
    SortedMap<YearMonth, Money> upTo = actuals.spent().headMap(month.plusMonths(1));
    if (upTo.isEmpty()) {
      return Optional.empty();
    }
    YearMonth period = upTo.lastKey();
    Money amount = upTo.get(period);
    BigDecimal rate = budget == null ? null : Percentages.share(amount.wan(), budget.wan());
    return Optional.of(new Spending(period, amount, rate));
  }

  /** The table's printed checkpoints in order, blanks left out. */
  public List<Checkpoint> checkpoints() {
    SpendingPlan p = project.spendingPlan();
    if (p == null) {
      return List.of();
    }
    List<Checkpoint> list = new ArrayList<>(4);
    List<Percent> points = p.checkpoints();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i) != null) {
        list.add(new Checkpoint(YearMonth.of(budgetYear, SpendingPlan.MONTHS[i]), points.get(i)));
      }
    }
    return list;
  }

  /** The latest printed checkpoint on or before the end of {@code month}. */
  public Optional<Checkpoint> planAt(YearMonth month) {
    Checkpoint last = null;
    for (Checkpoint c : checkpoints()) {
      if (!c.month().isAfter(month)) {
        last = c;
      }
    }
    return Optional.ofNullable(last);
  }

  private static IndicatorActual latest(ProjectActuals actuals, int row, YearMonth asOf) {
    IndicatorActual best = null;
    for (IndicatorActual a : actuals.indicators()) {
      if (a.row() == row
          && !a.period().isAfter(asOf)
          && (best == null || !a.period().isBefore(best.period()))) {
        best = a;
      }
    }
    return best;
  }

  private static BigDecimal elapsed(YearMonth asOf, int budgetYear) {
    if (asOf.getYear() < budgetYear) {
      return BigDecimal.ZERO;
    }
    if (asOf.getYear() > budgetYear) {
      return Percentages.HUNDRED;
    }
    return Percentages.share(BigDecimal.valueOf(asOf.getMonthValue()), BigDecimal.valueOf(12));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "MonitoringTable[" + source + " table " + project.seq() + " as of " + asOf + "]";
  }
}
