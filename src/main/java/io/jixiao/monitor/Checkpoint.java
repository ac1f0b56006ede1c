package io.jixiao.monitor;

import io.jixiao.model.Percent;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A checkpoint of the table's 资金支出计划 (3/6/10/12月底) with its planned cumulative percentage.
 *
 * @param month the checkpoint's month in the budget year
 */
public record Checkpoint(YearMonth month, Percent planned) {

  public Checkpoint {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(planned, "planned");
  }

  /** {@code 10月底}, as the table's header prints it. */
  public String label() {
    return month.getMonthValue() + "月底";
  }
}
