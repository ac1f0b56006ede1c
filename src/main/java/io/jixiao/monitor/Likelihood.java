package io.jixiao.monitor;

/**
 * 完成目标可能性, the column of a monitoring table that says whether an indicator will reach its annual
 * target, proposed from its progress and the time elapsed (see {@link IndicatorProgress}).
 */
public enum Likelihood {
  /** 确定能: met already, or a cumulative quantity at or ahead of the year's pace. */
  CERTAIN("确定能"),
  /** 有可能: behind, but the year or the deadline is not over. */
  POSSIBLE("有可能"),
  /**
   * 完全不可能: the year or the deadline is over and the target is not met, or a money ceiling is
   * exceeded.
   */
  IMPOSSIBLE("完全不可能");

  private final String label;

  Likelihood(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
