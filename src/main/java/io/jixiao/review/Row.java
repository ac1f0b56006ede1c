package io.jixiao.review;

import io.jixiao.model.Indicator;
import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;

/**
 * One indicator with what the rules compare, computed once per table: the resolved categories and
 * the squashed name, description and value ({@link Text#squash}) with their {@linkplain
 * Text#signature signatures}, which word searches read before they read the text.
 *
 * @param number the 1-based row number findings report
 */
record Row(
    int number,
    Indicator indicator,
    Level1 level1,
    Level2 level2,
    String nameKey,
    String descriptionKey,
    String valueKey,
    long nameSignature,
    long descriptionSignature,
    long valueSignature) {

  /**
   * The row for an indicator; the categories are resolved again only when the printed labels are
   * not the very strings of the row above (merged cells usually are).
   */
  static Row of(int number, Indicator indicator, Row previous) {
    Indicator above = previous == null ? null : previous.indicator;
    String name = Text.squash(indicator.name());
    String description = Text.squash(indicator.description());
    String value = Text.squash(indicator.value());
    return new Row(
        number,
        indicator,
        above != null && above.level1() == indicator.level1()
            ? previous.level1
            : Categories.level1(indicator.level1()),
        above != null && above.level2() == indicator.level2()
            ? previous.level2
            : Categories.level2(indicator.level2()),
        name,
        description,
        value,
        Text.signature(name),
        Text.signature(description),
        Text.signature(value));
  }

  TargetValue target() {
    return indicator.target();
  }

  /** The parsed value when it is a number with sign and unit, else null. */
  TargetValue.Quantity quantity() {
    TargetValue t = indicator.target();
    return t instanceof TargetValue.Quantity ? (TargetValue.Quantity) t : null;
  }

  /** The printed value, for quoting. */
  String value() {
    return indicator.value();
  }

  String name() {
    return indicator.name();
  }

  /** A cost indicator under either taxonomy. */
  boolean isCost() {
    return level2 == Level2.COST || level1 == Level1.COST || level2 == Level2.ECONOMIC_COST;
  }

  /** A cost indicator expected to be an amount of money (not a social or ecological cost). */
  boolean isMonetaryCost() {
    return level2 == Level2.COST || level2 == Level2.ECONOMIC_COST;
  }

  boolean isSatisfaction() {
    return level1 == Level1.SATISFACTION || level2 == Level2.SATISFACTION;
  }

  /**
   * True for an amount of money, including a unit price ({@code 200元/亩}) and a bare {@code 万} on a
   * cost row.
   */
  boolean isMoney() {
    TargetValue.Quantity q = quantity();
    if (q == null || q.unit() == null) {
      return false;
    }
    if (moneyInWan() != null) {
      return true;
    }
    String u = q.unit();
    int slash = u.indexOf('/');
    return slash > 0 && wanPerUnit(u.substring(0, slash)) != null;
  }

  /**
   * How many 万元 one of this unit is: 元 → 0.0001, 万元 → 1; null for a unit that is not money. (The
   * model's {@code Quantity.isMoney()} says the same, but with a regular expression per call.)
   */
  private static int moneyShift(String unit) {
    switch (unit) {
      case "元":
        return -4;
      case "千元":
        return -1;
      case "万元":
        return 0;
      case "亿元":
        return 4;
      default:
        return Integer.MIN_VALUE;
    }
  }

  private static Integer wanPerUnit(String unit) {
    int shift = moneyShift(unit);
    return shift == Integer.MIN_VALUE ? null : shift;
  }

  /**
   * The amount of a money value in 万元, or null. A bare {@code 万} counts as 万元 on a cost row, where
   * nothing else makes sense ({@code ≤43 万}).
   */
  BigDecimal moneyInWan() {
    TargetValue.Quantity q = quantity();
    if (q == null || q.unit() == null) {
      return null;
    }
    int shift = moneyShift(q.unit());
    if (shift != Integer.MIN_VALUE) {
      return q.number().movePointRight(shift);
    }
    if ("万".equals(q.unit()) && isCost()) {
      return q.number();
    }
    return null;
  }
}
