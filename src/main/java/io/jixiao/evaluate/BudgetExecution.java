package io.jixiao.evaluate;

import io.jixiao.model.Budget;
import io.jixiao.model.Money;
import java.math.BigDecimal;

/**
 * 预算执行率 of a self-evaluation: the budget printed in the target table (年初预算数), the budget available
 * for the year (全年预算数: the adjusted budget when one was given, else the printed one), the spending
 * at the last period reported (全年执行数), the rate spent ÷ available in percent and the points, spent
 * ÷ available × weight, capped at the weight. Rate and points are exact to {@link Exact#SCALE}
 * decimals; {@link #shownRate()} and {@link #shownPoints()} are what reports print.
 *
 * @param printed 预算数 with 财政资金 and 其他资金 as the target table prints them (年初预算数), null when it
 *     prints none
 * @param available 全年预算数, null when neither printed nor given (then the part is left out)
 * @param spent 全年执行数, null when no spending was reported
 * @param rate percent, null when either amount is missing
 * @param weight the part's points in the rule pack
 * @param points null when the part is left out (nothing to score); 0 when spending is missing
 * @param note the reason for a low rate, null when none was written
 */
public record BudgetExecution(
    Budget printed,
    Money available,
    Money spent,
    BigDecimal rate,
    BigDecimal weight,
    BigDecimal points,
    String note) {

  /** 年初预算数: the total printed in the target table, or null. */
  public Money initial() {
    return printed == null ? null : printed.total();
  }

  /** True when the part counts in the score (a budget to measure against exists). */
  public boolean scored() {
    return points != null;
  }

  public BigDecimal shownRate() {
    return Exact.shown(rate);
  }

  public BigDecimal shownPoints() {
    return Exact.shown(points);
  }

  public BigDecimal shownWeight() {
    return Exact.shown(weight);
  }
}
