package io.jixiao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage as printed ({@code 25%} is 25), normalised without trailing zeros ({@code 30.0} is 30).
 * Not capped: a plan above 100% is a defect to report.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

  public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

  public Percent {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("percentage must not be negative: " + value.toPlainString());
    }
    BigDecimal n = value.stripTrailingZeros();
    value = n.scale() < 0 ? n.setScale(0) : n;
  }

  /** Parses {@code 25%}, {@code 25}, {@code 25 %}, {@code 12.5％}. */
  public static Percent parse(String printed) {
    String s = printed.strip().replace("％", "%").replace("百分比", "%");
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!PlainDecimal.matches(s)) {
      throw new IllegalArgumentException("not a percentage: '" + printed + "'");
    }
    return new Percent(new BigDecimal(s));
  }

  public static Percent of(int value) {
    return new Percent(BigDecimal.valueOf(value));
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
