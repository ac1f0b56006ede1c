package io.jixiao.monitor;

import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Cumulative spending as last reported on or before a month end.
 *
 * @param period the month of the report used (the latest on or before the month asked for)
 * @param amount cumulative spending to the end of {@code period}, 万元
 * @param rate {@code amount ÷ 全年预算数 × 100} to 0.01; null when the table has no budget
 */
public record Spending(YearMonth period, Money amount, BigDecimal rate) {

  public Spending {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(amount, "amount");
  }
}
