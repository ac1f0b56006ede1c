package io.jixiao.monitor;

import io.jixiao.model.Sign;
import io.jixiao.model.TargetValue;
import io.jixiao.model.TargetValues;
import java.math.BigDecimal;

/**
 * Reads an indicator's actual in the context of its target. The value grammar reads a bare decimal
 * whose whole part could be a year ({@code 2023.12}, {@code 2068.3}) as a year and a month, which
 * is right for a deadline and wrong for a quantity: {@code 2068.3} reported for a target of {@code
 * 2068.30} is the number 2068.3. So a bare number (ASCII digits with at most one decimal point,
 * nothing else) is a date only where the target is a deadline; anywhere else it is that number,
 * counted in the target's unit. Every other value is read by {@link TargetValues#parse(String)}.
 */
final class ActualValues {

  private ActualValues() {}

  /** The actual {@code printed} as read for an indicator whose target is {@code target}. */
  static TargetValue read(String printed, TargetValue target) {
    if (printed != null && !(target instanceof TargetValue.Deadline)) {
      String s = printed.strip();
      if (bareNumber(s)) {
        return new TargetValue.Quantity(Sign.EQ, new BigDecimal(s), null, null);
      }
    }
    return TargetValues.parse(printed);
  }

  /** {@code \d+(\.\d+)?} with ASCII digits. */
  private static boolean bareNumber(String s) {
    int dot = s.indexOf('.');
    int end = s.length();
    if (dot < 0) {
      return digits(s, 0, end);
    }
    return digits(s, 0, dot) && digits(s, dot + 1, end);
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
