package io.jixiao.monitor;

import io.jixiao.model.Indicator;
import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One indicator row of a monitoring table: 年度指标值 and 实际完成值 as printed, 完成进度, 偏差原因 and 完成目标可能性.
 *
 * <p>完成进度 ({@code status}) and the progress counted towards the table's indicator progress ({@code
 * progress}, 0–100, null when the row is not counted):
 *
 * <ul>
 *   <li>a graded word (达成 / 基本达成 / 部分达成 / 未达成) as the actual: the word, counted at its share (100 /
 *       80 / 60 / 0), whatever the target;
 *   <li>{@code ≥}, {@code >} or {@code =} (a bare number) with an actual quantity in the same unit
 *       (万元 and 元 convert; an actual without a unit takes the target's): actual ÷ target, printed
 *       as it is ({@code 105.56%}) and counted capped at 100;
 *   <li>{@code ≤}, {@code <} (a ceiling: a cost, an error rate), or a target of 0: 未超过目标 or 超过目标,
 *       not counted — a ceiling says whether the year stays within bounds, not how far the work has
 *       gone;
 *   <li>a deadline: 已完成 when a completion date on or before it (or 达成) is reported, counted 100;
 *       逾期完成 for a later date, counted 100 (the work is done); 逾期 when it has passed without
 *       completion, counted 0 when an actual says so; 未到期 otherwise, not counted;
 *   <li>anything else (a qualitative target with a free-text actual, a unit that contradicts the
 *       target's, a target relative to last year): 无法计算, not counted; no actual: 未报送.
 * </ul>
 *
 * <p>完成目标可能性 ({@code likelihood}; null when nothing is reported and no deadline applies):
 *
 * <ul>
 *   <li>确定能 when the target is met (progress 100, a ceiling kept, 达成, a deadline met), or when a
 *       cumulative quantity (any unit but %) is at or ahead of the year's pace: its progress is at
 *       least the share of the year elapsed;
 *   <li>完全不可能 when the year is over (as of December of the budget year or later) and the target is
 *       not met, when a deadline passed without completion (or was met late), or when a money
 *       ceiling is already exceeded (spending does not go back);
 *   <li>有可能 otherwise. A rate (%) is a level, not an amount that grows through the year, so it is
 *       on track only when it already meets the target. Nothing is called impossible in mid-year
 *       from the pace alone: many tasks are done at once near the end of the year.
 * </ul>
 *
 * @param row the 1-based index of the indicator in its table
 * @param actual the actual as printed, null when none is reported on or before the date
 * @param period the month of the actual used, null when none
 * @param note 偏差原因 as reported, null when none
 */
public record IndicatorProgress(
    int row,
    String level1,
    String name,
    String target,
    String actual,
    YearMonth period,
    String status,
    BigDecimal progress,
    String note,
    Likelihood likelihood) {

  static final String NOT_REPORTED = "未报送";
  static final String UNKNOWN = "无法计算";
  static final String DONE = "已完成";
  static final String DONE_LATE = "逾期完成";
  static final String OVERDUE = "逾期";
  static final String NOT_DUE = "未到期";
  static final String WITHIN = "未超过目标";
  static final String EXCEEDED = "超过目标";

  /** True when the row counts towards the table's indicator progress. */
  public boolean counted() {
    return progress != null;
  }

  /**
   * The progress of {@code indicator} given its latest actual on or before {@code asOf} (or null).
   *
   * @param elapsed the share of the budget year elapsed at {@code asOf}, 0–100
   */
  static IndicatorProgress of(
      int row,
      Indicator indicator,
      IndicatorActual actual,
      YearMonth asOf,
      int budgetYear,
      BigDecimal elapsed) {
    Measure m = measure(indicator.target(), actual, asOf, budgetYear, elapsed);
    return new IndicatorProgress(
        row,
        indicator.level1(),
        indicator.name(),
        indicator.value(),
        actual == null ? null : actual.printed(),
        actual == null ? null : actual.period(),
        m.status,
        m.progress,
        actual == null || actual.note() == null || actual.note().isBlank()
            ? null
            : actual.note().strip(),
        m.likelihood);
  }

  private record Measure(String status, BigDecimal progress, Likelihood likelihood) {}

  private static Measure measure(
      TargetValue target,
      IndicatorActual actual,
      YearMonth asOf,
      int budgetYear,
      BigDecimal elapsed) {
    boolean yearOver = !asOf.isBefore(YearMonth.of(budgetYear, 12));
    if (target instanceof TargetValue.Deadline) {
      return deadline((TargetValue.Deadline) target, actual, asOf, budgetYear);
    }
    if (actual == null) {
      return new Measure(NOT_REPORTED, null, null);
    }
    if (actual.achievement() != null) {
      Achievement a = actual.achievement();
      Likelihood l;
      if (a == Achievement.ACHIEVED) {
        l = Likelihood.CERTAIN;
      } else {
        l = yearOver ? Likelihood.IMPOSSIBLE : Likelihood.POSSIBLE;
      }
      return new Measure(a.label(), a.defaultShare(), l);
    }
    TargetValue value = actual.valueAgainst(target);
    if (target instanceof TargetValue.Quantity && value instanceof TargetValue.Quantity) {
      return quantity(
          (TargetValue.Quantity) target, (TargetValue.Quantity) value, yearOver, elapsed);
    }
    return new Measure(UNKNOWN, null, null);
  }

  private static Measure quantity(
      TargetValue.Quantity target,
      TargetValue.Quantity actual,
      boolean yearOver,
      BigDecimal elapsed) {
    BigDecimal goal;
    BigDecimal done;
    if (target.isMoney() && actual.isMoney()) {
      goal = target.inWan();
      done = actual.inWan();
    } else if (actual.unit() == null
        || target.unit() == null
        || actual.unit().equals(target.unit())) {
      goal = target.number();
      done = actual.number();
    } else {
      return new Measure(UNKNOWN, null, null);
    }
    Sign sign = target.sign();
    if (sign == Sign.LE || sign == Sign.LT || goal.signum() == 0) {
      boolean kept = sign == Sign.LT ? done.compareTo(goal) < 0 : done.compareTo(goal) <= 0;
      if (kept) {
        return new Measure(WITHIN, null, Likelihood.CERTAIN);
      }
      boolean settled = yearOver || target.isMoney();
      return new Measure(EXCEEDED, null, settled ? Likelihood.IMPOSSIBLE : Likelihood.POSSIBLE);
    }
    BigDecimal ratio = Percentages.share(done, goal);
    boolean met =
        sign == Sign.GT ? done.compareTo(goal) > 0 : ratio.compareTo(Percentages.HUNDRED) >= 0;
    BigDecimal counted = ratio.min(Percentages.HUNDRED);
    Likelihood l;
    if (met) {
      l = Likelihood.CERTAIN;
    } else if (yearOver) {
      l = Likelihood.IMPOSSIBLE;
    } else if (!target.isPercent() && ratio.compareTo(elapsed) >= 0) {
      l = Likelihood.CERTAIN;
    } else {
      l = Likelihood.POSSIBLE;
    }
    return new Measure(Percentages.text(ratio), counted, l);
  }

  private static Measure deadline(
      TargetValue.Deadline target, IndicatorActual actual, YearMonth asOf, int budgetYear) {
    LocalDate due = target.lastDay(budgetYear);
    if (actual != null) {
      if (actual.value() instanceof TargetValue.Deadline) {
        LocalDate at = ((TargetValue.Deadline) actual.value()).lastDay(budgetYear);
        // a date after the report's own month is a plan, not a completion
        if (!at.isAfter(actual.period().atEndOfMonth())) {
          return at.isAfter(due)
              ? new Measure(DONE_LATE, Percentages.HUNDRED, Likelihood.IMPOSSIBLE)
              : new Measure(DONE, Percentages.HUNDRED, Likelihood.CERTAIN);
        }
      } else if (actual.achievement() == Achievement.ACHIEVED) {
        return new Measure(DONE, Percentages.HUNDRED, Likelihood.CERTAIN);
      }
    }
    boolean passed = !asOf.atEndOfMonth().isBefore(due);
    if (passed) {
      return new Measure(OVERDUE, actual == null ? null : BigDecimal.ZERO, Likelihood.IMPOSSIBLE);
    }
    return new Measure(NOT_DUE, null, Likelihood.POSSIBLE);
  }
}
