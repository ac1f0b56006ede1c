package io.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money in 万元 (10,000 yuan), as printed in a target table.
 *
 * <p>Budgets are printed with two decimals, sometimes four. The amount is normalised to at least two
 * decimals and no trailing zeros beyond them ({@code 15} and {@code 15.0} become {@code 15.00}, {@code
 * 0.6400} becomes {@code 0.64}), so equal amounts are equal values whatever the printing. Never built
 * from a {@code double}.
 */
public record Money(BigDecimal wan) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(wan, "wan");
    if (wan.signum() < 0) {
      throw new IllegalArgumentException("money must not be negative: " + wan.toPlainString());
    }
    BigDecimal n = wan.stripTrailingZeros();
    if (n.scale() > 6) {
      throw new IllegalArgumentException("money has more than 6 decimals: " + wan.toPlainString());
    }
    wan = n.scale() < 2 ? n.setScale(2) : n;
  }

  /** Parses a printed amount such as {@code 100.17}, {@code 1,234.50} or {@code 15}. */
  public static Money parse(String printed) {
    String s = printed.strip().replace(",", "").replace("，", "");
    if (!PlainDecimal.matches(s)) {
      throw new IllegalArgumentException("not an amount in 万元: '" + printed + "'");
    }
    return new Money(new BigDecimal(s));
  }

  /**
   * Parses an amount printed in 元 ({@code 1,286,400.00}) into exact 万元 ({@code 128.64}); the
   * printed text stays with the caller.
   */
  public static Money parseYuan(String printed) {
    Money yuan = parse(printed);
    return new Money(yuan.wan.movePointLeft(4));
  }

  public static Money of(String amount) {
    return parse(amount);
  }

  public Money plus(Money other) {
    return new Money(wan.add(other.wan));
  }

  @Override
  public int compareTo(Money other) {
    return wan.compareTo(other.wan);
  }

  /** Equal in value, whatever the scale ({@code 15.0} equals {@code 15.00}). */
  public boolean sameAmount(Money other) {
    return other != null && wan.compareTo(other.wan) == 0;
  }

  @Override
  public String toString() {
    return wan.toPlainString() + "万元";
  }
}
