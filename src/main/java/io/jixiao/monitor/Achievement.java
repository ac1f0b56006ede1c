package io.jixiao.monitor;

import java.math.BigDecimal;

/**
 * The graded words for a qualitative indicator's actual: 达成 / 基本达成 / 部分达成 / 未达成, worth
 * 100/80/60/0 % of the indicator's points by default (the rule pack may change the shares).
 */
public enum Achievement {
  ACHIEVED("达成", 100),
  MOSTLY("基本达成", 80),
  PARTLY("部分达成", 60),
  NOT_ACHIEVED("未达成", 0);

  private final String label;
  private final int defaultShare;

  Achievement(String label, int defaultShare) {
    this.label = label;
    this.defaultShare = defaultShare;
  }

  public String label() {
    return label;
  }

  /** The default share of the points, in percent. */
  public BigDecimal defaultShare() {
    return BigDecimal.valueOf(defaultShare);
  }

  /** The grade a printed word names ({@code 基本达成}, also {@code 已达成}, {@code 完成}), or null. */
  public static Achievement of(String printed) {
    if (printed == null) {
      return null;
    }
    String s = printed.strip();
    switch (s) {
      case "达成":
      case "已达成":
      case "完成":
      case "已完成":
      case "全部达成":
        return ACHIEVED;
      case "基本达成":
      case "基本完成":
        return MOSTLY;
      case "部分达成":
      case "部分完成":
        return PARTLY;
      case "未达成":
      case "未完成":
        return NOT_ACHIEVED;
      default:
        return null;
    }
  }
}
