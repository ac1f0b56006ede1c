package io.jixiao.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where precision is kept. Every quotient (an even share of a part's points, actual ÷ target, spent
 * ÷ budget, the rescaling to 100) is taken to {@value #SCALE} decimals, half-up; products and sums
 * are exact. Only what is shown — an indicator's weight and points, the execution rate and points,
 * the total — is rounded, half-up to 0.01, and the total is rounded from the exact sum, never
 * summed from rounded parts (so the shown points of a table may add up to the total ± 0.01).
 */
final class Exact {

  static final int SCALE = 10;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Exact() {}

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, SCALE, RoundingMode.HALF_UP);
  }

  /** {@code a × b}, kept to {@value #SCALE} decimals. */
  static BigDecimal times(BigDecimal a, BigDecimal b) {
    BigDecimal p = a.multiply(b);
    return p.scale() > SCALE ? p.setScale(SCALE, RoundingMode.HALF_UP) : p;
  }

  /** The value as shown: half-up to 0.01; null stays null. */
  static BigDecimal shown(BigDecimal n) {
    return n == null ? null : n.setScale(2, RoundingMode.HALF_UP);
  }
}
