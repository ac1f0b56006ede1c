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
}
