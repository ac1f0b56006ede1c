package io.jixiao.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A printed 指标值 parsed into the structure of the data standard: a comparison sign with a number and
 * a unit, or a deadline, or a value relative to last year, or a qualitative text (sign code 6).
 *
 * <p>Built by {@link TargetValues#parse(String)}; the printed text itself stays on the {@link
 * Indicator}.
 */
public sealed interface TargetValue
    permits TargetValue.Quantity,
        TargetValue.Deadline,
        TargetValue.Relative,
        TargetValue.Qualitative,
        TargetValue.Blank,
        TargetValue.Unparsed {

  /** The sign code of the data standard; {@link Sign#QUALITATIVE} for anything not numeric. */
  Sign sign();

  /** True when the grammar understood the value (a blank or unparsed value is not). */
  default boolean parsed() {
    return true;
  }

  /** True for a value that carries a number or a date, i.e. one a person can check by measuring. */
  default boolean quantitative() {
    return false;
  }

  /**
   * {@code ≥90%}, {@code ≤15万元}, {@code 1个}, {@code ≥85 百分比}. The unit is normalised ({@code 百分比}
   * and {@code ％} become {@code %}) and null when none is printed. {@code remark} keeps any text
   * printed around the number ({@code 编制1份质量成果报告} → remark {@code 编制质量成果报告}), else null.
   */
  record Quantity(Sign sign, BigDecimal number, String unit, String remark) implements TargetValue {
    public Quantity {
      Objects.requireNonNull(sign, "sign");
      Objects.requireNonNull(number, "number");
      if (sign == Sign.QUALITATIVE) {
        throw new IllegalArgumentException("a quantity needs a comparison sign");
      }
    }

    public boolean isPercent() {
      return "%".equals(unit);
    }

    /** True when the unit is an amount of money (元, 万元, 亿元, 千元). */
    public boolean isMoney() {
      return "元".equals(unit) || "万元".equals(unit) || "亿元".equals(unit) || "千元".equals(unit);
    }

    /** The amount in 万元 when the unit is money, else null. */
    public BigDecimal inWan() {
      if (!isMoney()) {
        return null;
      }
      switch (unit) {
        case "元":
          return number.movePointLeft(4);
        case "千元":
          return number.movePointLeft(1);
        case "亿元":
          return number.movePointRight(4);
        default:
          return number;
      }
    }

    @Override
    public boolean quantitative() {
      return true;
    }
  }

  /**
   * A date by which something is done: {@code 12月底前}, {@code 2023年12月31日前完成}, {@code 2024年底前},
   * {@code 2024年6月}. Year is null when not printed (the budget year applies); day is null for a
   * whole month. {@code period} is true for a span ({@code 2023年1月至12月}), whose end is the
   * deadline.
   */
  record Deadline(Integer year, int month, Integer day, boolean period) implements TargetValue {
    public Deadline {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month out of range: " + month);
      }
      if (day != null && (day < 1 || day > 31)) {
        throw new IllegalArgumentException("day out of range: " + day);
      }
    }

    @Override
    public Sign sign() {
      return Sign.LE;
    }

    @Override
    public boolean quantitative() {
      return true;
    }

    /** True when the printed day exists in its month ({@code 11月31日} does not). */
    public boolean possible(int budgetYear) {
      if (day == null) {
        return true;
      }
      YearMonth ym = YearMonth.of(year == null ? budgetYear : year, month);
      return day <= ym.lengthOfMonth();
    }

    /** The last day that still meets the deadline, given the budget year when none is printed. */
    public LocalDate lastDay(int budgetYear) {
      YearMonth ym = YearMonth.of(year == null ? budgetYear : year, month);
      if (day == null || !possible(budgetYear)) {
        return ym.atEndOfMonth();
      }
      return ym.atDay(day);
    }
  }

  /**
   * A value relative to last year: {@code ≥上年}, {@code 较上年提高}, {@code 与上年相比有所下降}. The sign compares
   * this year with the base ({@code 提高} is {@link Sign#GT}, {@code 持平} is {@link Sign#EQ}). {@code
   * change} and {@code unit} keep a printed amount of change ({@code 较上年提高5%} → 5, {@code %}), else
   * both are null.
   */
  record Relative(Sign sign, BigDecimal change, String unit) implements TargetValue {
    public Relative {
      Objects.requireNonNull(sign, "sign");
      if (sign == Sign.QUALITATIVE) {
        throw new IllegalArgumentException("a relative value needs a comparison sign");
      }
      if (change == null && unit != null) {
        throw new IllegalArgumentException("a unit without an amount of change");
      }
    }

    /** A relative value with no printed amount of change. */
    public Relative(Sign sign) {
      this(sign, null, null);
    }

    @Override
    public boolean quantitative() {
      return true;
    }
  }

  /** A qualitative value: {@code 巩固提升}, {@code 合格}, {@code 是}, {@code 保障运转}. */
  record Qualitative(String text) implements TargetValue {
    public Qualitative {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Sign sign() {
      return Sign.QUALITATIVE;
    }
  }

  /** An empty 指标值 cell. */
  record Blank() implements TargetValue {
    @Override
    public Sign sign() {
      return Sign.QUALITATIVE;
    }

    @Override
    public boolean parsed() {
      return false;
    }
  }

  /** A value with numbers the grammar could not place; {@code reason} says why, in English. */
  record Unparsed(String reason) implements TargetValue {
    @Override
    public Sign sign() {
      return Sign.QUALITATIVE;
    }

    @Override
    public boolean parsed() {
      return false;
    }
  }
}
