package io.jixiao.model;

import java.util.Objects;

/**
 * One row of the indicator table: 一级/二级/三级指标, 绩效指标描述, 指标值 (verbatim) and 指标值确定依据. The
 * printed value is parsed once into a {@link TargetValue}. Blank cells are null.
 */
public final class Indicator {

  private final String level1;
  private final String level2;
  private final String name;
  private final String description;
  private final String value;
  private final String basis;
  private final TargetValue target;
  private final IndicatorFacts facts;

  public Indicator(
      String level1, String level2, String name, String description, String value, String basis) {
    this(level1, level2, name, description, value, basis, IndicatorFacts.NONE);
  }

  /** An indicator with what other forms print beside it (weight, direction, 完成值, 得分 …). */
  public Indicator(
      String level1,
      String level2,
      String name,
      String description,
      String value,
      String basis,
      IndicatorFacts facts) {
    this.level1 = level1;
    this.level2 = level2;
    this.name = name;
    this.description = description;
    this.value = value;
    this.basis = basis;
    this.target = TargetValues.parse(value);
    this.facts = facts == null ? IndicatorFacts.NONE : facts;
  }

  /** 一级指标 as printed (inherited from the row above when the merged cell was blank). */
  public String level1() {
    return level1;
  }

  /** 二级指标 as printed (inherited when blank). */
  public String level2() {
    return level2;
  }

  /** 三级指标: the indicator's name. */
  public String name() {
    return name;
  }

  /** 绩效指标描述. */
  public String description() {
    return description;
  }

  /** 指标值 exactly as printed (after the whitespace rule). */
  public String value() {
    return value;
  }

  /** 指标值确定依据, null when the table has no such column. */
  public String basis() {
    return basis;
  }

  /** The printed value parsed by the value grammar. */
  public TargetValue target() {
    return target;
  }

  /** Weight, direction, block and self-evaluation results; {@link IndicatorFacts#NONE} if none. */
  public IndicatorFacts facts() {
    return facts;
  }

  public Indicator withFacts(IndicatorFacts other) {
    return new Indicator(level1, level2, name, description, value, basis, other);
  }

  public Level1 category() {
    return Level1.of(level1);
  }

  public Level2 subcategory() {
    return Level2.of(level2);
  }

  public Indicator withValue(String newValue) {
    return new Indicator(level1, level2, name, description, newValue, basis, facts);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Indicator)) {
      return false;
    }
    Indicator i = (Indicator) o;
    return Objects.equals(level1, i.level1)
        && Objects.equals(level2, i.level2)
        && Objects.equals(name, i.name)
        && Objects.equals(description, i.description)
        && Objects.equals(value, i.value)
        && Objects.equals(basis, i.basis)
        && facts.equals(i.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level1, level2, name, description, value, basis, facts);
  }

  @Override
  public String toString() {
    return level1 + "/" + level2 + "/" + name + " = " + value;
  }
}
