package io.jixiao.monitor;

import io.jixiao.model.TargetValue;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What an indicator achieved by the end of a month: the value as the person wrote it, parsed by the
 * value grammar ({@code value}) or, for a qualitative indicator, a graded word ({@code achievement};
 * then {@code value} is the word parsed as qualitative), and the reason for any deviation.
 *
 * @param row the 1-based index of the indicator in its table
 * @param note reason for deviation and measures; null when none was written
 */
public record IndicatorActual(
    int row, YearMonth period, String printed, TargetValue value, Achievement achievement, String note) {

  public IndicatorActual {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(value, "value");
    if (row < 1) {
      throw new IllegalArgumentException("an indicator row starts at 1: " + row);
    }
  }

  /**
   * The actual as read against {@code target}: a bare number such as {@code 2068.3} is a number
   * unless the target is a deadline, where it reads as a year and month ({@code 2023.11}).
   */
  public TargetValue valueAgainst(TargetValue target) {
    return ActualValues.read(printed, target);
  }
}
