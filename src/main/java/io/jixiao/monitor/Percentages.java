package io.jixiao.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages of monitoring: a share in percent rounded half up to 0.01 point, computed once and
 * then compared and printed as it is, so a report never shows a figure other than the one a rule
 * compared.
 */
public final class Percentages {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  /** {@code part ÷ whole × 100} to 0.01, or null when {@code whole} is zero or either is null. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** {@code 66.67}, {@code 100}, {@code 40.5}: the number without trailing zeros. */
  public static String plain(BigDecimal percent) {
    BigDecimal n = percent.stripTrailingZeros();
    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
  }

  /** {@code 66.67%}; {@code —} for null. */
  public static String text(BigDecimal percent) {
    return percent == null ? "—" : plain(percent) + "%";
  }
}
