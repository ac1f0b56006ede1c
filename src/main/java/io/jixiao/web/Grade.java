package io.jixiao.web;

/**
 * A table's review grade, the four outcomes of 财预〔2015〕88号: 优 (goes to budgeting), 良 (minor
 * fixes agreed), 中 (revise and resubmit), 差 (may not enter budgeting).
 */
enum Grade {
  EXCELLENT("优"),
  GOOD("良"),
  FAIR("中"),
  POOR("差");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The grade of a set of findings: three or more errors 差; one or two errors 中; no error and at
   * most two warnings 优; no error and more warnings 良.
   */
  static Grade of(long errors, long warnings) {
    if (errors >= 3) {
      return POOR;
    }
    if (errors > 0) {
      return FAIR;
    }
    return warnings <= 2 ? EXCELLENT : GOOD;
  }
}
