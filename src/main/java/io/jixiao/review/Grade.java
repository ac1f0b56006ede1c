package io.jixiao.review;

/**
 * The four review outcomes of the central target-management rules (财预〔2015〕88号): 优 goes to
 * budgeting, 良 after minor fixes agreed with the department, 中 must be revised and resubmitted, 差
 * may not enter budgeting.
 */
public enum Grade {
  EXCELLENT("优", "可直接进入预算编制"),
  GOOD("良", "与单位协商作小幅修改后进入预算编制"),
  FAIR("中", "须修改完善后重新报送审核"),
  POOR("差", "不得进入预算编制");

  private final String label;
  private final String meaning;

  Grade(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** 优, 良, 中 or 差. */
  public String label() {
    return label;
  }

  /** What the outcome means for the table, in Chinese. */
  public String meaning() {
    return meaning;
  }

  /** The worse of two grades. */
  public Grade atBest(Grade cap) {
    return compareTo(cap) >= 0 ? this : cap;
  }
}
