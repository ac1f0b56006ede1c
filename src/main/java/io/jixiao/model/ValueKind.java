package io.jixiao.model;

/**
 * What kind of target a printed 指标值 sets, with the one Chinese name every place shows for it (the
 * Excel export's 值类型, the web page beside the printed value, the reports).
 */
public enum ValueKind {
  /** {@code ≥90%}, {@code 1个}: a comparison sign, a number and a unit. */
  QUANTITY("定量"),
  /** {@code 12月底前}: a date by which something is done. */
  DEADLINE("时限"),
  /** {@code ≥上年}, {@code 较上年提高}: a value relative to last year. */
  RELATIVE("与上年比较"),
  /** {@code 巩固提升}, {@code 合格}: a qualitative grade or state. */
  QUALITATIVE("定性"),
  /** Nothing printed. */
  BLANK("空白"),
  /** Printed, but not understood by the grammar. */
  UNPARSED("未能解析");

  private final String label;

  ValueKind(String label) {
    this.label = label;
  }

  /** The Chinese name shown to users. */
  public String label() {
    return label;
  }

  /** The kind of {@code value}; {@link #UNPARSED} for null. */
  public static ValueKind of(TargetValue value) {
    if (value instanceof TargetValue.Quantity) {
      return QUANTITY;
    }
    if (value instanceof TargetValue.Deadline) {
      return DEADLINE;
    }
    if (value instanceof TargetValue.Relative) {
      return RELATIVE;
    }
    if (value instanceof TargetValue.Qualitative) {
      return QUALITATIVE;
    }
    if (value instanceof TargetValue.Blank) {
      return BLANK;
    }
    return UNPARSED;
  }
}
